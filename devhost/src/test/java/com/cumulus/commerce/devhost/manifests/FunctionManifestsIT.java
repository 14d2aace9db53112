package com.cumulus.commerce.devhost.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.azure.functions.annotation.FunctionName;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reads the function.json files that {@code mvn package} wrote for every function app (azure-functions-maven-plugin)
 * and checks them against the Java annotations they came from: every binding's type and direction, one trigger
 * per function, an entry point that exists, and every connection or %setting% named in local.settings.sample.json.
 */
class FunctionManifestsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SETTING = Pattern.compile("%([^%]+)%");
    private static final Path REPO = Path.of("").toAbsolutePath().getParent();

    @Test
    void everyFunctionJsonMatchesItsAnnotationsAndNamesOnlyKnownSettings() throws Exception {
        Set<String> settings = sampleSettings();
        List<Path> manifests = manifests();
        assertThat(manifests).as("function.json files under functions-*/target/azure-functions").isNotEmpty();

        for (Path manifest : manifests) {
            String function = manifest.getParent().getFileName().toString();
            JsonNode json = JSON.readTree(manifest.toFile());
            Method method = entryPoint(json.get("entryPoint").asText());
            assertThat(method.getAnnotation(FunctionName.class).value()).as(manifest.toString()).isEqualTo(function);

            Set<String> actual = new HashSet<>();
            int triggers = 0;
            for (JsonNode binding : json.get("bindings")) {
                String type = binding.get("type").asText();
                actual.add(binding.get("name").asText() + ":" + type + ":" + binding.get("direction").asText());
                triggers += type.endsWith("Trigger") ? 1 : 0;
                assertSettingsKnown(function, binding, settings);
            }
            assertThat(triggers).as(function + " has one trigger").isEqualTo(1);
            assertThat(actual).as(function + " bindings (name:type:direction)").isEqualTo(expectedBindings(method));
        }
    }

    private static void assertSettingsKnown(String function, JsonNode binding, Set<String> settings) {
        binding.fields().forEachRemaining(field -> {
            if (!field.getValue().isTextual()) {
                return;
            }
            String value = field.getValue().asText();
            if (field.getKey().equals("connection") && !value.isEmpty()) {
                // a connection string under the name, or the identity-based form the host also reads
                assertThat(settings).as(function + " connection")
                        .anyMatch(name -> name.equals(value) || name.startsWith(value + "__"));
            }
            Matcher m = SETTING.matcher(value);
            while (m.find()) {
                assertThat(settings).as(function + " %setting% in " + field.getKey()).contains(m.group(1));
            }
        });
    }

    private static Set<String> expectedBindings(Method method) {
        Set<String> expected = new HashSet<>();
        boolean http = false;
        boolean returnBound = false;
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            for (Annotation a : annotations) {
                String[] typeAndDirection = BindingKinds.of(a);
                if (typeAndDirection != null) {
                    expected.add(BindingKinds.name(a) + ":" + typeAndDirection[0] + ":" + typeAndDirection[1]);
                    http |= typeAndDirection[0].equals("httpTrigger");
                }
            }
        }
        for (Annotation a : method.getAnnotations()) {
            String[] typeAndDirection = BindingKinds.of(a);
            if (typeAndDirection != null) {
                expected.add("$return:" + typeAndDirection[0] + ":" + typeAndDirection[1]);
                returnBound = true;
            }
        }
        if (http && !returnBound) {
            expected.add("$return:http:out");
        }
        return expected;
    }

    private static Method entryPoint(String entryPoint) throws ClassNotFoundException {
        int dot = entryPoint.lastIndexOf('.');
        Class<?> type = Class.forName(entryPoint.substring(0, dot));
        String name = entryPoint.substring(dot + 1);
        return Stream.of(type.getMethods())
                .filter(m -> m.getName().equals(name) && m.isAnnotationPresent(FunctionName.class))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no @FunctionName method " + entryPoint));
    }

    private static List<Path> manifests() throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> modules = Files.list(REPO)) {
            for (Path module : modules.filter(FunctionManifestsIT::isFunctionApp).toList()) {
                Path apps = module.resolve("target/azure-functions");
                assertThat(apps).as("run mvn package first: " + apps).isDirectory();
                try (Stream<Path> files = Files.walk(apps, 3)) {
                    files.filter(p -> p.getFileName().toString().equals("function.json")).forEach(found::add);
                }
            }
        }
        return found;
    }

    /** A module the Functions Maven plugin packages as an app (functions-support is a library, not an app). */
    private static boolean isFunctionApp(Path module) {
        Path pom = module.resolve("pom.xml");
        try {
            return module.getFileName().toString().startsWith("functions-") && Files.isRegularFile(pom)
                    && Files.readString(pom).contains("<artifactId>azure-functions-maven-plugin</artifactId>");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Set<String> sampleSettings() throws IOException {
        JsonNode values = JSON.readTree(REPO.resolve("local.settings.sample.json").toFile()).get("Values");
        Set<String> names = new HashSet<>();
        values.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The binding type and direction azure-functions-maven-plugin writes for each annotation. */
    private static final class BindingKinds {
        private static final Map<String, String[]> KINDS = Map.ofEntries(
                Map.entry("HttpTrigger", new String[] {"httpTrigger", "in"}),
                Map.entry("HttpOutput", new String[] {"http", "out"}),
                Map.entry("ServiceBusQueueTrigger", new String[] {"serviceBusTrigger", "in"}),
                Map.entry("ServiceBusTopicTrigger", new String[] {"serviceBusTrigger", "in"}),
                Map.entry("EventHubTrigger", new String[] {"eventHubTrigger", "in"}),
                Map.entry("CosmosDBTrigger", new String[] {"cosmosDBTrigger", "in"}),
                Map.entry("QueueTrigger", new String[] {"queueTrigger", "in"}),
                Map.entry("TimerTrigger", new String[] {"timerTrigger", "in"}),
                Map.entry("ServiceBusQueueOutput", new String[] {"serviceBus", "out"}),
                Map.entry("ServiceBusTopicOutput", new String[] {"serviceBus", "out"}),
                Map.entry("EventHubOutput", new String[] {"eventHub", "out"}),
                Map.entry("CosmosDBOutput", new String[] {"cosmosDB", "out"}),
                Map.entry("QueueOutput", new String[] {"queue", "out"}),
                Map.entry("CosmosDBInput", new String[] {"cosmosDB", "in"}),
                Map.entry("TableInput", new String[] {"table", "in"}),
                Map.entry("TableOutput", new String[] {"table", "out"}));

        static String[] of(Annotation a) {
            return KINDS.get(a.annotationType().getSimpleName());
        }

        static String name(Annotation a) {
            try {
                return (String) a.annotationType().getMethod("name").invoke(a);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError("binding annotation without a name: " + a, e);
            }
        }
    }
}
