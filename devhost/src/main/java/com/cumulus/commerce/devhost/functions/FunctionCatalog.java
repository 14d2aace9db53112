package com.cumulus.commerce.devhost.functions;

import com.cumulus.commerce.devhost.HostConfig;
import com.cumulus.commerce.devhost.triggers.TriggerListener;
import com.cumulus.commerce.platform.Platform;
import com.cumulus.commerce.platform.config.AppSettings;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.internal.spi.middleware.Middleware;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.ServiceConfigurationError;

/**
 * Every function found on the class path, bound and validated. Problems are collected rather than thrown so
 * that start-up can report all of them at once; listeners are created only on request, after validation.
 */
public final class FunctionCatalog {

    private final List<HttpEndpoint> httpEndpoints;
    private final List<Binding> triggered;
    private final List<String> problems;
    private final ListenerFactory listeners;

    private FunctionCatalog(List<HttpEndpoint> httpEndpoints, List<Binding> triggered, List<String> problems,
            ListenerFactory listeners) {
        this.httpEndpoints = List.copyOf(httpEndpoints);
        this.triggered = List.copyOf(triggered);
        this.problems = problems;
        this.listeners = listeners;
    }

    /** Scans {@code packages} with the class loader, creates one instance per class and binds every function. */
    public static FunctionCatalog discover(Platform platform, AppSettings settings, HostConfig host,
            List<String> packages, boolean logInvocations, ClassLoader loader) {
        Objects.requireNonNull(platform, "'platform' must not be null");
        Objects.requireNonNull(settings, "'settings' must not be null");
        Objects.requireNonNull(host, "'host' must not be null");
        var problems = new ArrayList<String>();
        var binder = new FunctionBinder(platform, settings, host, logInvocations, problems);
        var instances = new FunctionInstances(loader);
        var middlewares = new Middlewares(loader);
        var seen = new HashMap<String, String>();
        var http = new ArrayList<HttpEndpoint>();
        var triggered = new ArrayList<Binding>();
        for (var method : FunctionScanner.scan(packages, loader)) {
            var name = method.getAnnotation(FunctionName.class).value();
            var declaredIn = method.getDeclaringClass().getName() + "." + method.getName();
            var previous = seen.putIfAbsent(name.toLowerCase(java.util.Locale.ROOT), declaredIn);
            if (previous != null) {
                problems.add("function '" + name + "': the name is also used by " + previous);
                continue;
            }
            Object instance = null;
            if (!java.lang.reflect.Modifier.isStatic(method.getModifiers())) {
                try {
                    instance = instances.instanceOf(method.getDeclaringClass());
                } catch (Exception e) {
                    problems.add("function '" + name + "': cannot create " + method.getDeclaringClass().getName()
                            + ": " + e);
                }
            }
            List<Middleware> middleware;
            try {
                middleware = middlewares.forClass(method.getDeclaringClass());
            } catch (ServiceConfigurationError e) {
                problems.add("function '" + name + "': cannot create its app's middleware: " + e.getMessage());
                continue;
            }
            binder.bind(name, method, instance, middleware).ifPresent(binding -> {
                if (binding.function().kind() == TriggerKind.HTTP) {
                    http.add(new HttpEndpoint(binding));
                } else {
                    triggered.add(binding);
                }
            });
        }
        return new FunctionCatalog(http, triggered, problems, new ListenerFactory(platform, host));
    }

    public List<HttpEndpoint> httpEndpoints() {
        return httpEndpoints;
    }

    /** One line per problem, each naming the function and the binding; empty when every function can run. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    public int size() {
        return httpEndpoints.size() + triggered.size();
    }

    /** A listener per non-HTTP function, not yet started; creates topic subscriptions as it goes. */
    public List<TriggerListener> createListeners() {
        if (!problems.isEmpty()) {
            throw new IllegalStateException("functions have binding problems; see problems()");
        }
        return triggered.stream().map(listeners::create).toList();
    }
}
