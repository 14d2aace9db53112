package com.cumulus.commerce.payments.application;

import java.util.Objects;

/** An event waiting in a payment's outbox: its CloudEvents JSON envelope, ready to publish. */
public record OutboxEvent(String paymentId, String eventId, String envelope) {

    public OutboxEvent {
        Objects.requireNonNull(paymentId, "'paymentId' must not be null");
        Objects.requireNonNull(eventId, "'eventId' must not be null");
        Objects.requireNonNull(envelope, "'envelope' must not be null");
    }
}
