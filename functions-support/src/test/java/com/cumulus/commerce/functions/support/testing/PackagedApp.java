package com.cumulus.commerce.functions.support.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.internal.spi.middleware.Middleware;
import com.microsoft.azure.functions.internal.spi.middleware.MiddlewareChain;
import com.microsoft.azure.functions.internal.spi.middleware.MiddlewareContext;
import com.microsoft.azure.functions.spi.inject.FunctionInstanceInjector;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A Function App loaded from the folder {@code azure-functions:package} stages ({@code target/azure-functions/<app>}),
 * the way Azure's Java worker loads it: each function from its {@code function.json} ({@code scriptFile},
 * {@code entryPoint}); one class loader over the app jar and every jar in {@code lib/}, whose parent offers only
 * the JDK and the Functions Java API; the {@link FunctionInstanceInjector} and the {@link Middleware}s found
 * through that loader's {@code META-INF/services}; an invocation runs the middleware chain, then asks the injector
 * for the function's instance and calls the method with the thread's context class loader set to the app's.
 *
 * <p>Nothing of the test's own class path (platform-local, the modules' classes) is visible to the app: what the
 * app needs at run time must be in its folder, as it must be in Azure.
 */
public final class PackagedApp implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;
    private final Map<String, FunctionJson> functions;
    private final List<Path> classPath;
    private final URLClassLoader loader;
    private final FunctionInstanceInjector injector;
    private final List<Middleware> middlewares;

    private PackagedApp(Path folder, Map<String, FunctionJson> functions, List<Path> classPath) {
        this.folder = folder;
        this.functions = functions;
        this.classPath = classPath;
        this.loader = new URLClassLoader("app:" + folder.getFileName(), urls(classPath),
                new WorkerApiClassLoader(PackagedApp.class.getClassLoader()));
        this.injector = withContextLoader(loader, () -> onlyInjector(folder, loader));
        this.middlewares = withContextLoader(loader,
                () -> ServiceLoader.load(Middleware.class, loader).stream().map(ServiceLoader.Provider::get).toList());
    }

    /** The app staged in {@code folder}; fails naming what is missing when the folder is not a packaged app. */
    public static PackagedApp load(Path folder) {
        Objects.requireNonNull(folder, "'folder' must not be null");
        if (!Files.isDirectory(folder.resolve("lib"))) {
            throw new IllegalStateException(folder + " holds no lib/ folder; run mvn package for the app first");
        }
        Map<String, FunctionJson> functions = new TreeMap<>();
        List<Path> scriptFiles = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path functionJson : entries.map(p -> p.resolve("function.json")).filter(Files::isRegularFile).toList()) {
                var function = FunctionJson.read(functionJson);
                functions.put(function.name(), function);
                if (!scriptFiles.contains(function.scriptFile())) {
                    scriptFiles.add(function.scriptFile());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (functions.isEmpty()) {
            throw new IllegalStateException(folder + " holds no <function>/function.json");
        }
        List<Path> classPath = new ArrayList<>(scriptFiles);
        classPath.addAll(libraryJars(folder));
        return new PackagedApp(folder, functions, List.copyOf(classPath));
    }

    /** The jars of {@code lib/}, by file name. */
    public static List<Path> libraryJars(Path folder) {
        try (Stream<Path> jars = Files.list(folder.resolve("lib"))) {
            return jars.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path folder() {
        return folder;
    }

    /** The app jar(s) named by {@code scriptFile}, then the jars of {@code lib/}. */
    public List<Path> classPath() {
        return classPath;
    }

    /** The functions staged, by name. */
    public Map<String, FunctionJson> functions() {
        return Collections.unmodifiableMap(functions);
    }

    public FunctionInstanceInjector injector() {
        return injector;
    }

    public List<Middleware> middlewares() {
        return middlewares;
    }

    /** The class, loaded by the app's class loader (never the test's). */
    public Class<?> loadClass(String name) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name + " is not in " + folder, e);
        }
    }

    /** The class names every {@code META-INF/services/<service>} file of the app's class path lists. */
    public List<String> serviceEntries(String service) {
        List<String> names = new ArrayList<>();
        try {
            var resources = loader.getResources("META-INF/services/" + service);
            while (resources.hasMoreElements()) {
                try (var reader = new BufferedReader(
                        new InputStreamReader(resources.nextElement().openStream(), StandardCharsets.UTF_8))) {
                    reader.lines().map(line -> line.replaceAll("#.*", "").trim()).filter(l -> !l.isEmpty())
                            .forEach(names::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /** The providers {@link ServiceLoader} finds for {@code service} through the app's class loader. */
    public List<Class<?>> serviceProviders(String service) {
        Class<?> type = loadClass(service);
        return withContextLoader(loader, () -> ServiceLoader.load(type, loader).stream()
                .<Class<?>>map(ServiceLoader.Provider::type).toList());
    }

    /** Calls an HTTP function with {@code request} (and its route parameters) and answers what it returned. */
    public HttpResponseMessage invokeHttp(String functionName, HttpRequestMessage<?> request,
            Map<String, String> routeParameters) throws Exception {
        var function = function(functionName);
        Map<String, Object> bindings = new LinkedHashMap<>(routeParameters);
        bindings.put(function.triggerName(), request);
        Object answer = invoke(functionName, bindings);
        if (!(answer instanceof HttpResponseMessage response)) {
            throw new AssertionError(functionName + " answered " + answer + ", not an HTTP response");
        }
        return response;
    }

    /** Calls a trigger function with the trigger's payload as the host hands it over (text for these apps). */
    public Object invokeTrigger(String functionName, Object payload) throws Exception {
        return invoke(functionName, Map.of(function(functionName).triggerName(), payload));
    }

    /** Calls a function with values for its bindings by name; answers its return value. */
    public Object invoke(String functionName, Map<String, ?> bindings) throws Exception {
        var function = function(functionName);
        Method method = function.method(this);
        var invocation = new WorkerInvocation(functionName, method, bindings);
        new Chain(middlewares, 0, method).doNext(invocation);
        return invocation.getReturnValue();
    }

    private FunctionJson function(String name) {
        var function = functions.get(name);
        if (function == null) {
            throw new IllegalArgumentException(folder + " stages no function " + name + "; it has " + functions.keySet());
        }
        return function;
    }

    @Override
    public void close() throws IOException {
        loader.close();
    }

    private final class Chain implements MiddlewareChain {
        private final List<Middleware> middlewares;
        private final int next;
        private final Method method;

        Chain(List<Middleware> middlewares, int next, Method method) {
            this.middlewares = middlewares;
            this.next = next;
            this.method = method;
        }

        @Override
        public void doNext(MiddlewareContext context) throws Exception {
            if (next < middlewares.size()) {
                middlewares.get(next).invoke(context, new Chain(middlewares, next + 1, method));
                return;
            }
            var invocation = (WorkerInvocation) context;
            ClassLoader previous = Thread.currentThread().getContextClassLoader();
            Thread.currentThread().setContextClassLoader(loader);
            try {
                Object instance = injector.getInstance(method.getDeclaringClass());
                invocation.updateReturnValue(method.invoke(instance, invocation.arguments()));
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof Exception cause) {
                    throw cause;
                }
                throw e;
            } finally {
                Thread.currentThread().setContextClassLoader(previous);
            }
        }
    }

    private static FunctionInstanceInjector onlyInjector(Path folder, ClassLoader loader) {
        var injectors = ServiceLoader.load(FunctionInstanceInjector.class, loader).stream().toList();
        if (injectors.size() != 1) {
            throw new IllegalStateException(folder + ": the worker needs exactly one FunctionInstanceInjector in"
                    + " META-INF/services (more is a start error, none creates a bare instance per call); found "
                    + injectors.stream().map(p -> p.type().getName()).toList());
        }
        return injectors.get(0).get();
    }

    private static URL[] urls(List<Path> paths) {
        return paths.stream().map(p -> {
            try {
                return p.toUri().toURL();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toArray(URL[]::new);
    }

    private static <T> T withContextLoader(ClassLoader loader, java.util.function.Supplier<T> action) {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(loader);
        try {
            return action.get();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** One {@code function.json} as the plugin writes it: the jar, the entry point and the bindings. */
    public record FunctionJson(String name, Path scriptFile, String entryPoint, List<JsonNode> bindings) {

        static FunctionJson read(Path file) throws IOException {
            JsonNode json = JSON.readTree(file.toFile());
            Path dir = file.getParent();
            List<JsonNode> bindings = new ArrayList<>();
            json.path("bindings").forEach(bindings::add);
            return new FunctionJson(dir.getFileName().toString(),
                    dir.resolve(json.path("scriptFile").asText()).normalize(), json.path("entryPoint").asText(),
                    List.copyOf(bindings));
        }

        /** The binding whose direction is {@code in} and whose type ends in {@code Trigger}. */
        public JsonNode trigger() {
            return bindings.stream()
                    .filter(b -> b.path("direction").asText().equals("in") && b.path("type").asText().endsWith("Trigger"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(name + " has no trigger binding"));
        }

        public String triggerName() {
            return trigger().path("name").asText();
        }

        /** The entry point's method, as the worker resolves it: the one public method of that name. */
        Method method(PackagedApp app) {
            int dot = entryPoint.lastIndexOf('.');
            Class<?> type = app.loadClass(entryPoint.substring(0, dot));
            String methodName = entryPoint.substring(dot + 1);
            var candidates = Stream.of(type.getMethods()).filter(m -> m.getName().equals(methodName)).toList();
            if (candidates.size() != 1) {
                throw new IllegalStateException(entryPoint + " names " + candidates.size() + " public methods");
            }
            return candidates.get(0);
        }
    }
}
