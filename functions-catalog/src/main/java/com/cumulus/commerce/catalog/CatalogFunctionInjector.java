package com.cumulus.commerce.catalog;

import com.cumulus.commerce.platform.Platforms;
import com.cumulus.commerce.platform.config.AppSettings;
import com.microsoft.azure.functions.spi.inject.FunctionInstanceInjector;
import java.util.function.Supplier;

/**
 * How the Functions host (and devhost) gets catalog function instances: the first request builds the app
 * once from the environment's settings and platform (seeding the demo catalog if asked), later ones reuse it.
 */
public final class CatalogFunctionInjector implements FunctionInstanceInjector {

    private static final Object LOCK = new Object();
    private static volatile CatalogApp app;

    private final Supplier<CatalogApp> factory;

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
            synchronized (LOCK) {
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
