package com.cumulus.commerce.functions.support;

import com.microsoft.azure.functions.spi.inject.FunctionInstanceInjector;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * How the Functions host (and devhost) gets an app's function instances: the first request builds the app once
 * and starts it, later ones reuse it. The host loads one injector per worker, so the app lives in the instance
 * rather than in a static.
 *
 * <p>Each app keeps its own subclass, registered in its own {@code META-INF/services}: devhost matches injectors
 * to apps by the code source of the injector class, so the subclass must live in the app's jar.
 *
 * @param <A> the app, which hands out its function instances by class
 */
public abstract class LazyAppInjector<A extends FunctionApp> implements FunctionInstanceInjector {

    private final Object lock = new Object();
    private final Supplier<A> factory;
    private volatile A app;

    protected LazyAppInjector(Supplier<A> factory) {
        this.factory = Objects.requireNonNull(factory, "'factory' must not be null");
    }

    @Override
    public final <T> T getInstance(Class<T> functionClass) {
        return app().function(functionClass);
    }

    private A app() {
        var built = app;
        if (built == null) {
            synchronized (lock) {
                built = app;
                if (built == null) {
                    built = factory.get();
                    built.start();
                    app = built;
                }
            }
        }
        return built;
    }
}
