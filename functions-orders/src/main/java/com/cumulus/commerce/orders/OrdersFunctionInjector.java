package com.cumulus.commerce.orders;

import com.cumulus.commerce.platform.Platforms;
import com.cumulus.commerce.platform.config.AppSettings;
import com.microsoft.azure.functions.spi.inject.FunctionInstanceInjector;
import java.util.function.Supplier;

/**
 * How the Functions host (and devhost) gets orders function instances: the first request builds the app
 * once from the environment's settings and platform (creating its topic subscriptions), later ones reuse it.
 * The host loads one injector per worker, so the app lives in the instance rather than in a static.
 */
public final class OrdersFunctionInjector implements FunctionInstanceInjector {

    private final Object lock = new Object();
    private final Supplier<OrdersApp> factory;
    private volatile OrdersApp app;

    public OrdersFunctionInjector() {
        this(() -> {
            var settings = AppSettings.fromEnvironment();
            return new OrdersApp(Platforms.open(settings), OrdersSettings.from(settings));
        });
    }

    OrdersFunctionInjector(Supplier<OrdersApp> factory) {
        this.factory = factory;
    }

    @Override
    public <T> T getInstance(Class<T> functionClass) {
        return app().function(functionClass);
    }

    private OrdersApp app() {
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
