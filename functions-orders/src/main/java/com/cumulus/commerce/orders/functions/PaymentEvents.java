package com.cumulus.commerce.orders.functions;

import com.cumulus.commerce.orders.application.PaymentEvent;
import com.cumulus.commerce.platform.events.ReceivedEvent;

/** Reads a {@code payment-events} message (a CloudEvents JSON envelope) into what the orders app needs of it. */
final class PaymentEvents {

    private PaymentEvents() {
    }

    /** @throws IllegalArgumentException when the body is not a CloudEvent */
    static PaymentEvent parse(String body) {
        var event = ReceivedEvent.read(body);
        var orderId = event.data().path("orderId");
        return new PaymentEvent(event.id(), event.type(), orderId.isTextual() ? orderId.asText() : null,
                event.data().path("fullyRefunded").asBoolean(false));
    }
}
