package com.cumulus.commerce.orders;

import com.cumulus.commerce.functions.support.testing.PackagedAppContract;

/** The orders app as `mvn package` stages it for Azure, loaded the way the Java worker loads it. */
class PackagedOrdersAppIT extends PackagedAppContract {

    @Override
    protected String injectorClass() {
        return OrdersFunctionInjector.class.getName();
    }
}
