package com.cumulus.commerce.devhost.functions;

import com.microsoft.azure.functions.internal.spi.middleware.Middleware;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The {@link Middleware} implementations on the class path, found once at start-up. The Java worker in Azure
 * loads them from one app's class path; devhost holds every app on one, so a middleware serves the functions
 * whose class comes from its own jar or classes directory (as {@link FunctionInstances} does for injectors).
 */
final class Middlewares {

    private final List<ServiceLoader.Provider<Middleware>> providers;
    private final Map<URL, List<Middleware>> byLocation = new HashMap<>();

    Middlewares(ClassLoader loader) {
        this.providers = ServiceLoader.load(Middleware.class, loader).stream().toList();
    }

    /**
     * The middleware of the app the class belongs to, in ServiceLoader order; one instance per middleware
     * class, shared by every function of the app, as in the worker.
     *
     * @throws java.util.ServiceConfigurationError when a middleware cannot be created
     */
    List<Middleware> forClass(Class<?> type) {
        var location = CodeSources.location(type);
        if (location == null) {
            return List.of();
        }
        var known = byLocation.get(location);
        if (known != null) {
            return known;
        }
        var created = providers.stream()
                .filter(provider -> location.equals(CodeSources.location(provider.type())))
                .map(ServiceLoader.Provider::get)
                .toList();
        byLocation.put(location, created);
        return created;
    }
}
