package com.cumulus.commerce.functions.support;

/**
 * An app as the Functions host sees it: started once when first built, then asked for its function instances by
 * class. {@link LazyAppInjector} drives it.
 */
public interface FunctionApp {

    /** Called once, on the freshly built app, before any function is handed out. */
    void start();

    /** The app's instance of {@code functionClass}; another class is refused with an {@link IllegalArgumentException}. */
    <T> T function(Class<T> functionClass);
}
