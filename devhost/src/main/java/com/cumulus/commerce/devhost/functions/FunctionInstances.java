package com.cumulus.commerce.devhost.functions;

import com.microsoft.azure.functions.spi.inject.FunctionInstanceInjector;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * One instance per function class. As in Azure, each app's {@link FunctionInstanceInjector} (its composition
 * root) creates the instances of that app's classes; with every app on one class path, "that app's" means the
 * injector whose class comes from the same jar or classes directory as the function class.
 */
final class FunctionInstances {

    private final List<ServiceLoader.Provider<FunctionInstanceInjector>> providers;
    private final Map<URL, FunctionInstanceInjector> injectors = new HashMap<>();
    private final Map<Class<?>, Object> instances = new HashMap<>();

    FunctionInstances(ClassLoader loader) {
        this.providers = ServiceLoader.load(FunctionInstanceInjector.class, loader).stream().toList();
    }

    /** The shared instance of the class. @throws Exception from the injector or constructor */
    Object instanceOf(Class<?> type) throws Exception {
        var existing = instances.get(type);
        if (existing != null) {
            return existing;
        }
        var injector = injectorFor(type);
        Object instance;
        if (injector != null) {
            instance = Objects.requireNonNull(injector.getInstance(type),
                    () -> injector.getClass().getName() + " returned no instance of " + type.getName());
        } else {
            var constructor = type.getConstructor();
            if (!Modifier.isPublic(type.getModifiers())) {
                throw new IllegalStateException(type.getName() + " is not public and no injector serves it");
            }
            instance = constructor.newInstance();
        }
        instances.put(type, instance);
        return instance;
    }

    private FunctionInstanceInjector injectorFor(Class<?> type) {
        var location = CodeSources.location(type);
        if (location == null) {
            return null;
        }
        if (injectors.containsKey(location)) {
            return injectors.get(location);
        }
        FunctionInstanceInjector found = null;
        for (var provider : providers) {
            if (location.equals(CodeSources.location(provider.type()))) {
                found = provider.get();
                break;
            }
        }
        injectors.put(location, found);
        return found;
    }
}
