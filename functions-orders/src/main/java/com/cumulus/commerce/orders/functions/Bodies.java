package com.cumulus.commerce.orders.functions;

/** The request bodies of the orders routes, as sent (checked after reading). */
final class Bodies {

    private Bodies() {
    }

    record CheckoutBody(String cartId, String currency, String paymentMethod) {
    }
}
