package com.cumulus.commerce.orders.functions;

import com.cumulus.commerce.orders.application.PaymentEvent;
import com.cumulus.commerce.platform.events.EventEnvelope;
import com.cumulus.commerce.platform.http.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/** Reads a {@code payment-events} message (a CloudEvents JSON envelope) into what the orders app needs of it. */
final class PaymentEvents {

    private PaymentEvents() {
    }

    /** @throws IllegalArgumentException when the body is not a CloudEvent */
    static PaymentEvent parse(String body) {
        var event = EventEnvelope.unwrap(body);
        var dataText = EventEnvelope.dataOf(event);
        JsonNode data;
        try {
            data = dataText == null ? Json.mapper().createObjectNode() : Json.mapper().readTree(dataText);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event " + event.getId() + " has data that is not JSON", e);
        }
        var orderId = data.path("orderId");
        return new PaymentEvent(event.getId(), event.getType(), orderId.isTextual() ? orderId.asText() : null,
                data.path("fullyRefunded").asBoolean(false));
    }
}
