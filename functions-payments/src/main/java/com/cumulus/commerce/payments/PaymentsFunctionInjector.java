package com.cumulus.commerce.payments;

import com.cumulus.commerce.platform.Platforms;
import com.cumulus.commerce.platform.config.AppSettings;
import com.microsoft.azure.functions.spi.inject.FunctionInstanceInjector;
import java.util.function.Supplier;

/**
 * How the Functions host (and devhost) gets payments function instances: the first request builds the app once
 * from the environment's settings and platform (migrating the ledger), later ones reuse it. The host loads one
 * injector per worker, so the app lives in the instance rather than in a static.
 */
public final class PaymentsFunctionInjector implements FunctionInstanceInjector {

    private final Object lock = new Object();
    private final Supplier<PaymentsApp> factory;
    private volatile PaymentsApp app;

    public PaymentsFunctionInjector() {
        this(() -> {
            var settings = AppSettings.fromEnvironment();
            return new PaymentsApp(Platforms.open(settings), PaymentsSettings.from(settings));
        });
    }

    PaymentsFunctionInjector(Supplier<PaymentsApp> factory) {
        this.factory = factory;
    }

    @Override
    public <T> T getInstance(Class<T> functionClass) {
        return app().function(functionClass);
    }

    private PaymentsApp app() {
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
