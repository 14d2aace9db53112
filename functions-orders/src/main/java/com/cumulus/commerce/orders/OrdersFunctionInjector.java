package com.cumulus.commerce.orders;

import com.cumulus.commerce.functions.support.LazyAppInjector;
import com.cumulus.commerce.platform.Platforms;
import com.cumulus.commerce.platform.config.AppSettings;
import java.util.function.Supplier;

/**
 * How the Functions host (and devhost) gets orders function instances: the first request builds the app once from
 * the environment's settings and platform (creating its topic subscriptions), later ones reuse it. Registered in this
 * module's {@code META-INF/services} so devhost can tell it apart from the other apps' injectors.
 */
public final class OrdersFunctionInjector extends LazyAppInjector<OrdersApp> {

    public OrdersFunctionInjector() {
        this(() -> {
            var settings = AppSettings.fromEnvironment();
            return new OrdersApp(Platforms.open(settings), OrdersSettings.from(settings));
        });
    }

    OrdersFunctionInjector(Supplier<OrdersApp> factory) {
        super(factory);
    }
}
