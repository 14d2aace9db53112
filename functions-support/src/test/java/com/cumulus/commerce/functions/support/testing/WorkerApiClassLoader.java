package com.cumulus.commerce.functions.support.testing;

/**
 * What the Java worker's own class path gives a Function App: the JDK and the Functions Java API (the annotation
 * library, the injector and middleware SPI), nothing else. The worker's app class loader delegates to its class
 * path first, so these types are shared between worker and app; everything else must come from the app's folder.
 * Here the API classes are taken from the test's class path, and every other class of it stays out of sight.
 */
final class WorkerApiClassLoader extends ClassLoader {

    static final String FUNCTIONS_API = "com.microsoft.azure.functions.";

    private final ClassLoader api;

    WorkerApiClassLoader(ClassLoader api) {
        super("functions-worker", ClassLoader.getPlatformClassLoader());
        this.api = api;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(FUNCTIONS_API)) {
            return api.loadClass(name);
        }
        return super.loadClass(name, resolve);
    }
}
