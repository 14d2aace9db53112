package com.cumulus.commerce.orders.functions;

import com.cumulus.commerce.functions.support.HttpGuard;

/** The orders app's HTTP edge: the shared guard, scoped to this app's functions and service audience. */
public final class OrdersHttpGuard extends HttpGuard {

    public OrdersHttpGuard() {
        super("com.cumulus.commerce.orders", "ORDERS_SERVICE_AUDIENCE");
    }
}
