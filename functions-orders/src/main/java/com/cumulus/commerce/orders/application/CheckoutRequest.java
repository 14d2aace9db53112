package com.cumulus.commerce.orders.application;

import com.cumulus.commerce.orders.model.CartId;
import java.util.Objects;

/**
 * A checkout as the customer asked for it, already checked for shape.
 *
 * @param traceparent the request's W3C trace context, carried on to the order-placed event; may be null
 */
public record CheckoutRequest(String customerId, String idempotencyKey, CartId cartId, String currency,
                              String paymentMethod, String traceparent) {

    public CheckoutRequest {
        Objects.requireNonNull(customerId, "'customerId' must not be null");
        Objects.requireNonNull(idempotencyKey, "'idempotencyKey' must not be null");
        Objects.requireNonNull(cartId, "'cartId' must not be null");
        Objects.requireNonNull(currency, "'currency' must not be null");
        Objects.requireNonNull(paymentMethod, "'paymentMethod' must not be null");
    }
}
