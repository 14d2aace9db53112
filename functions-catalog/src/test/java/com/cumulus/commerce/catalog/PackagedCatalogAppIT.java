package com.cumulus.commerce.catalog;

import com.cumulus.commerce.functions.support.testing.PackagedAppContract;

/** The catalog app as `mvn package` stages it for Azure, loaded the way the Java worker loads it. */
class PackagedCatalogAppIT extends PackagedAppContract {

    @Override
    protected String injectorClass() {
        return CatalogFunctionInjector.class.getName();
    }
}
