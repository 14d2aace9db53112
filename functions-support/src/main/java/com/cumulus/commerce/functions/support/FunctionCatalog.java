package com.cumulus.commerce.functions.support;

import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The function classes an app serves, each with how to make its instance. A class the app does not serve is a wiring
 * mistake in the host, so it is refused naming the app rather than answered with {@code null}.
 */
public final class FunctionCatalog {

    private final String app;
    private final Map<Class<?>, Supplier<?>> functions;

    private FunctionCatalog(String app, Map<Class<?>, Supplier<?>> functions) {
        this.app = Objects.requireNonNull(app, "'app' must not be null");
        this.functions = Map.copyOf(functions);
    }

    /** The catalogue of {@code app} (as named in errors, such as {@code "orders"}). */
    @SafeVarargs
    public static FunctionCatalog of(String app, Map.Entry<Class<?>, Supplier<?>>... functions) {
        return new FunctionCatalog(app, Map.ofEntries(functions));
    }

    /** One entry: the instances of {@code type} come from {@code supplier}. */
    public static <T> Map.Entry<Class<?>, Supplier<?>> serves(Class<T> type, Supplier<? extends T> supplier) {
        return Map.entry(type, supplier);
    }

    /** A fresh instance of {@code type} wired to the app's use cases. */
    public <T> T get(Class<T> type) {
        var supplier = functions.get(type);
        if (supplier == null) {
            throw new IllegalArgumentException("'type' is not a function of the " + app + " app: " + type.getName());
        }
        return type.cast(supplier.get());
    }
}
