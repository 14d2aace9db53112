package com.cumulus.commerce.payments;

import com.cumulus.commerce.functions.support.LazyAppInjector;
import com.cumulus.commerce.platform.Platforms;
import com.cumulus.commerce.platform.config.AppSettings;
import java.util.function.Supplier;

/**
 * How the Functions host (and devhost) gets payments function instances: the first request builds the app once from
 * the environment's settings and platform (migrating the ledger), later ones reuse it. Registered in this
 * module's {@code META-INF/services} so devhost can tell it apart from the other apps' injectors.
 */
public final class PaymentsFunctionInjector extends LazyAppInjector<PaymentsApp> {

    public PaymentsFunctionInjector() {
        this(() -> {
            var settings = AppSettings.fromEnvironment();
            return new PaymentsApp(Platforms.open(settings), PaymentsSettings.from(settings));
        });
    }

    PaymentsFunctionInjector(Supplier<PaymentsApp> factory) {
        super(factory);
    }
}
