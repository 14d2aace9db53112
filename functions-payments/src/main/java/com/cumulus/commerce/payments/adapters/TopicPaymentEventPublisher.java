package com.cumulus.commerce.payments.adapters;

import com.cumulus.commerce.payments.application.OutboxEvent;
import com.cumulus.commerce.payments.application.PaymentEventPublisher;
import com.cumulus.commerce.platform.messaging.OutgoingMessage;
import com.cumulus.commerce.platform.messaging.Topics;

/** Publishes to the {@code payment-events} topic; the message id is the event id (duplicate detection). */
final class TopicPaymentEventPublisher implements PaymentEventPublisher {

    private final Topics topics;

    TopicPaymentEventPublisher(Topics topics) {
        this.topics = topics;
    }

    @Override
    public void publish(OutboxEvent event) {
        topics.publish(PaymentsAdapters.PAYMENT_EVENTS, new OutgoingMessage(event.eventId(), event.envelope(),
                "application/cloudevents+json", event.paymentId(), null, null));
    }
}
