package com.cumulus.commerce.catalog;

import com.cumulus.commerce.functions.support.LazyAppInjector;
import com.cumulus.commerce.platform.Platforms;
import com.cumulus.commerce.platform.config.AppSettings;
import java.util.function.Supplier;

/**
 * How the Functions host (and devhost) gets catalog function instances: the first request builds the app once from
 * the environment's settings and platform (seeding the demo catalog if asked), later ones reuse it. Registered in this
 * module's {@code META-INF/services} so devhost can tell it apart from the other apps' injectors.
 */
public final class CatalogFunctionInjector extends LazyAppInjector<CatalogApp> {

    public CatalogFunctionInjector() {
        this(() -> {
            var settings = AppSettings.fromEnvironment();
            return new CatalogApp(Platforms.open(settings), CatalogSettings.from(settings));
        });
    }

    CatalogFunctionInjector(Supplier<CatalogApp> factory) {
        super(factory);
    }
}
