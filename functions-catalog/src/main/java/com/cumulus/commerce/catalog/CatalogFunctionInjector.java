package com.cumulus.commerce.catalog;

import com.cumulus.commerce.platform.Platforms;
import com.cumulus.commerce.platform.config.AppSettings;
import com.microsoft.azure.functions.spi.inject.FunctionInstanceInjector;
import java.util.function.Supplier;

/**
 * How the Functions host (and devhost) gets catalog function instances: the first request builds the app
 * once from the environment's settings and platform (seeding the demo catalog if asked), later ones reuse it.
 * The host loads one injector per worker, so the app lives in the instance rather than in a static.
 */
public final class CatalogFunctionInjector implements FunctionInstanceInjector {

    private final Object lock = new Object();
    private final Supplier<CatalogApp> factory;
    private volatile CatalogApp app;

    public CatalogFunctionInjector() {
        this(() -> {
            var settings = AppSettings.fromEnvironment();
            return new CatalogApp(Platforms.open(settings), CatalogSettings.from(settings));
        });
    }

    CatalogFunctionInjector(Supplier<CatalogApp> factory) {
        this.factory = factory;
    }

    @Override
    public <T> T getInstance(Class<T> functionClass) {
        return app().function(functionClass);
    }

    private CatalogApp app() {
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
