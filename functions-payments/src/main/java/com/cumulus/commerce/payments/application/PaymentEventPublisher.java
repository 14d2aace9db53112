package com.cumulus.commerce.payments.application;

/** Publishes an outbox event to the {@code payment-events} topic (message id = event id). */
@FunctionalInterface
public interface PaymentEventPublisher {

    void publish(OutboxEvent event);
}
