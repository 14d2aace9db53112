package com.cumulus.commerce.payments;

import com.cumulus.commerce.functions.support.testing.PackagedAppContract;

/** The payments app as `mvn package` stages it for Azure, loaded the way the Java worker loads it. */
class PackagedPaymentsAppIT extends PackagedAppContract {

    @Override
    protected String injectorClass() {
        return PaymentsFunctionInjector.class.getName();
    }
}
