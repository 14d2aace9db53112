package com.cumulus.commerce.payments.functions;

import com.cumulus.commerce.functions.support.HttpGuard;

/** The payments app's HTTP edge: the shared guard, scoped to this app's functions and service audience. */
public final class PaymentsHttpGuard extends HttpGuard {

    public PaymentsHttpGuard() {
        super("com.cumulus.commerce.payments", "PAYMENTS_SERVICE_AUDIENCE");
    }
}
