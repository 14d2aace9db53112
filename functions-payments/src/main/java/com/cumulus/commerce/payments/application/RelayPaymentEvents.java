package com.cumulus.commerce.payments.application;

import java.util.List;
import java.util.Objects;

/**
 * The outbox relay: publishes each event written beside a payment, then deletes it. A crash in between
 * publishes it again on the next delivery of the change; the topic drops the duplicate by message id.
 */
public final class RelayPaymentEvents {

    private final PaymentEventPublisher publisher;
    private final Payments payments;

    public RelayPaymentEvents(PaymentEventPublisher publisher, Payments payments) {
        this.publisher = Objects.requireNonNull(publisher, "'publisher' must not be null");
        this.payments = Objects.requireNonNull(payments, "'payments' must not be null");
    }

    public void relay(List<OutboxEvent> events) {
        for (var event : events) {
            publisher.publish(event);
            payments.deleteOutboxEvent(event.paymentId(), event.eventId());
        }
    }
}
