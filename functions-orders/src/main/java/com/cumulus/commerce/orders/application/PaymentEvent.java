package com.cumulus.commerce.orders.application;

import java.util.Objects;

/** The part of a payment event the orders app reads; {@code orderId} is null when the event has none. */
public record PaymentEvent(String id, String type, String orderId, boolean fullyRefunded) {

    public static final String REFUNDED = "commerce.payments.payment-refunded.v1";

    public PaymentEvent {
        Objects.requireNonNull(id, "'id' must not be null");
        Objects.requireNonNull(type, "'type' must not be null");
    }
}
