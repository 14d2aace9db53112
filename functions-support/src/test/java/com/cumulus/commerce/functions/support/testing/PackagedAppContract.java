package com.cumulus.commerce.functions.support.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.azure.functions.HttpRequestMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Element;

/**
 * What every Function App's staged folder must hold to start in Azure: platform-azure with every library it
 * declares, no platform-local, exactly one {@code PlatformProvider}, and the app's injector and function classes
 * loadable by the worker's kind of class loader. Each app's integration test extends it and names its folder
 * (the build passes {@code target/azure-functions/<app>} as the system property {@value #FOLDER_PROPERTY}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PackagedAppContract {

    public static final String FOLDER_PROPERTY = "commerce.packagedApp";
    static final String PLATFORM_PROVIDER = "com.cumulus.commerce.platform.PlatformProvider";
    static final String AZURE_PROVIDER = "com.cumulus.commerce.platform.azure.AzurePlatformProvider";
    static final String PLATFORM_AZURE_POM = "META-INF/maven/com.cumulus.commerce/platform-azure/pom.xml";

    protected PackagedApp app;
    private final Map<String, String> replaced = new HashMap<>();

    /** The app's injector class, as its {@code META-INF/services} names it. */
    protected abstract String injectorClass();

    /** The folder of the staged app. */
    protected static Path stagedFolder() {
        String folder = System.getProperty(FOLDER_PROPERTY);
        if (folder == null || folder.isBlank()) {
            throw new IllegalStateException("system property '" + FOLDER_PROPERTY + "' is not set: run this test"
                    + " with mvn verify, which stages the app (azure-functions:package) before integration tests");
        }
        return Path.of(folder);
    }

    @BeforeAll
    void loadApp() {
        app = PackagedApp.load(stagedFolder());
    }

    /**
     * The app settings the app starts with, laid over the environment as system properties of the same names (the
     * way {@code AppSettings} reads them); call it before the first invocation, which builds the app.
     */
    protected void startWith(Map<String, String> settings) {
        settings.forEach((name, value) -> {
            replaced.putIfAbsent(name, System.getProperty(name));
            System.setProperty(name, value);
        });
    }

    @AfterAll
    void closeApp() throws IOException {
        replaced.forEach((name, value) -> {
            if (value == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, value);
            }
        });
        if (app != null) {
            app.close();
        }
    }

    @Test
    void libCarriesPlatformAzure() {
        assertThat(jarNames()).anyMatch(name -> name.matches("platform-azure-[0-9].*\\.jar"));
    }

    @Test
    void libCarriesEveryLibraryPlatformAzureDeclares() throws Exception {
        List<String> declared = platformAzureDependencies();
        assertThat(declared).as("platform-azure's declared dependencies").contains("azure-identity");
        for (String artifactId : declared) {
            assertThat(jarNames()).as("lib/ of %s", app.folder())
                    .anyMatch(name -> name.matches(Pattern.quote(artifactId) + "-[0-9].*\\.jar"));
        }
        assertThat(jarNames()).anyMatch(name -> name.matches("azure-core-[0-9].*\\.jar"));
    }

    @Test
    void libCarriesTheClientLibraryOfEveryPort() {
        // Documents, KeyValueTables, storage Queues, Queues and Topics, EventStreams and their checkpoints, Secrets,
        // KeyWrapping, Cache, Ledger; and the credentials every connection signs in with
        for (String artifactId : List.of("azure-cosmos", "azure-data-tables", "azure-storage-queue",
                "azure-messaging-servicebus", "azure-messaging-eventhubs",
                "azure-messaging-eventhubs-checkpointstore-blob", "azure-security-keyvault-secrets",
                "azure-security-keyvault-keys", "lettuce-core", "mssql-jdbc", "HikariCP", "azure-identity")) {
            assertThat(jarNames()).as("lib/ of %s", app.folder())
                    .anyMatch(name -> name.matches(Pattern.quote(artifactId) + "-[0-9].*\\.jar"));
        }
    }

    @Test
    void libCarriesNoPlatformLocal() throws IOException {
        assertThat(jarNames()).noneMatch(name -> name.startsWith("platform-local"));
        for (Path jar : PackagedApp.libraryJars(app.folder())) {
            try (var file = new JarFile(jar.toFile())) {
                assertThat(file.stream().map(e -> e.getName()))
                        .as("classes of %s", jar.getFileName())
                        .noneMatch(name -> name.startsWith("com/cumulus/commerce/platform/local/"));
            }
        }
    }

    @Test
    void theAppSeesNothingOfTheTestsClassPathButTheFunctionsApi() {
        assertThatThrownBy(() -> app.loadClass("com.cumulus.commerce.platform.local.LocalPlatformProvider"))
                .as("platform-local is on this test's class path, never on the app's")
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> app.loadClass(PackagedAppContract.class.getName()))
                .isInstanceOf(IllegalStateException.class);
        assertThat(app.loadClass("com.microsoft.azure.functions.HttpRequestMessage"))
                .as("the worker's API is shared, as the worker's class path shares it")
                .isSameAs(HttpRequestMessage.class);
        assertThat(app.loadClass("com.cumulus.commerce.platform.Platform").getClassLoader())
                .isNotSameAs(getClass().getClassLoader());
    }

    @Test
    void exactlyOnePlatformProviderIsFoundAndItIsAzures() {
        assertThat(app.serviceEntries(PLATFORM_PROVIDER)).containsExactly(AZURE_PROVIDER);
        assertThat(app.serviceProviders(PLATFORM_PROVIDER)).singleElement()
                .satisfies(type -> {
                    assertThat(type.getName()).isEqualTo(AZURE_PROVIDER);
                    assertThat(type.getClassLoader()).isNotSameAs(getClass().getClassLoader());
                });
    }

    @Test
    void theWorkerFindsTheAppsInjectorThroughItsServices() {
        assertThat(app.injector().getClass().getName()).isEqualTo(injectorClass());
        assertThat(app.injector().getClass().getClassLoader())
                .as("the injector comes from the app's folder, not the test's class path")
                .isNotSameAs(getClass().getClassLoader());
    }

    @Test
    void everyStagedFunctionResolvesToAMethodOfTheAppJar() {
        assertThat(app.functions()).isNotEmpty();
        app.functions().values().forEach(function -> {
            assertThat(function.scriptFile()).exists();
            assertThat(function.method(app).getDeclaringClass().getClassLoader())
                    .isNotSameAs(getClass().getClassLoader());
            assertThat(function.triggerName()).isNotBlank();
        });
    }

    /** Every {@code class.method} on the stacks of {@code failure}, its causes and what they suppressed. */
    protected static List<String> frames(Throwable failure) {
        List<String> frames = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>();
        if (failure != null) {
            pending.add(failure);
        }
        while (!pending.isEmpty()) {
            Throwable next = pending.pop();
            if (!seen.add(next)) {
                continue;
            }
            for (StackTraceElement frame : next.getStackTrace()) {
                frames.add(frame.getClassName() + "." + frame.getMethodName());
            }
            if (next.getCause() != null) {
                pending.add(next.getCause());
            }
            pending.addAll(List.of(next.getSuppressed()));
        }
        return frames;
    }

    /** The class names of {@code failure} and its causes, outermost first. */
    protected static List<String> causes(Throwable failure) {
        List<String> names = new ArrayList<>();
        for (Throwable t = failure; t != null && !names.contains(t.getClass().getName()); t = t.getCause()) {
            names.add(t.getClass().getName());
        }
        return names;
    }

    /** The file names of the jars in {@code lib/}. */
    protected List<String> jarNames() {
        return PackagedApp.libraryJars(app.folder()).stream().map(p -> p.getFileName().toString()).toList();
    }

    /** The compile and runtime dependencies in the pom that the platform-azure jar carries. */
    private List<String> platformAzureDependencies() throws Exception {
        Path jar = PackagedApp.libraryJars(app.folder()).stream()
                .filter(p -> p.getFileName().toString().matches("platform-azure-[0-9].*\\.jar"))
                .findFirst().orElseThrow(() -> new AssertionError("no platform-azure jar in " + app.folder()));
        try (var file = new JarFile(jar.toFile())) {
            var entry = file.getJarEntry(PLATFORM_AZURE_POM);
            assertThat(entry).as(PLATFORM_AZURE_POM + " in " + jar.getFileName()).isNotNull();
            try (InputStream pom = file.getInputStream(entry)) {
                var factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(false);
                var document = factory.newDocumentBuilder().parse(pom);
                var project = document.getDocumentElement();
                List<String> artifacts = new ArrayList<>();
                var dependencyLists = project.getElementsByTagName("dependencies");
                for (int i = 0; i < dependencyLists.getLength(); i++) {
                    var list = (Element) dependencyLists.item(i);
                    if (!list.getParentNode().isSameNode(project)) {
                        continue; // dependencyManagement or a plugin's dependencies
                    }
                    var dependencies = list.getElementsByTagName("dependency");
                    for (int j = 0; j < dependencies.getLength(); j++) {
                        var dependency = (Element) dependencies.item(j);
                        String scope = text(dependency, "scope");
                        boolean optional = "true".equals(text(dependency, "optional"));
                        if ((scope.isEmpty() || scope.equals("compile") || scope.equals("runtime")) && !optional) {
                            artifacts.add(text(dependency, "artifactId"));
                        }
                    }
                }
                return artifacts;
            }
        }
    }

    private static String text(Element element, String child) {
        var nodes = element.getElementsByTagName(child);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().trim();
    }
}
