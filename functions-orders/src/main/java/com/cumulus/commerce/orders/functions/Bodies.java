package com.cumulus.commerce.orders.functions;

import java.util.List;

/** The request bodies of the orders routes, as sent (checked after reading). */
final class Bodies {

    private Bodies() {
    }

    record CartBody(List<LineBody> lines) {
    }

    record LineBody(String sku, Integer quantity) {
    }

    record CheckoutBody(String cartId, String currency, String paymentMethod) {
    }

    record SagaBody(String runId, String eventId) {
    }

    record TransitionBody(String to, String reason) {
    }
}
