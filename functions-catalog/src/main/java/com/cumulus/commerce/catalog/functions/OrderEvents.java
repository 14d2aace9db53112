package com.cumulus.commerce.catalog.functions;

import com.cumulus.commerce.platform.kernel.OrderId;
import com.cumulus.commerce.catalog.application.OrderCancelled;
import com.cumulus.commerce.platform.events.EventEnvelope;
import com.cumulus.commerce.platform.http.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Optional;

/** Reads the orders app's events off the {@code order-events} topic (CloudEvents JSON in the message body). */
final class OrderEvents {

    static final String ORDER_CANCELLED = "commerce.orders.order-cancelled.v1";

    private OrderEvents() {
    }

    /** What a message carried. */
    sealed interface Read {
        record Cancelled(OrderCancelled event) implements Read {
        }

        /** Another type of order event; not the catalog's business. */
        record Other(String type) implements Read {
        }

        /** A message that no delivery will make readable. */
        record Unreadable(String why) implements Read {
        }
    }

    static Read read(String body) {
        if (body == null || body.isBlank()) {
            return new Read.Unreadable("empty message body");
        }
        try {
            var event = EventEnvelope.unwrap(body);
            if (!ORDER_CANCELLED.equals(event.getType())) {
                return new Read.Other(event.getType());
            }
            var data = Optional.ofNullable(EventEnvelope.dataOf(event)).orElse("");
            var orderId = data.isBlank() ? null : Json.mapper().readTree(data).path("orderId").asText(null);
            if (!OrderId.isValid(orderId)) {
                return new Read.Unreadable("event " + event.getId() + " has no valid 'orderId'");
            }
            return new Read.Cancelled(new OrderCancelled(event.getId(), OrderId.of(orderId)));
        } catch (IllegalArgumentException | JsonProcessingException e) {
            return new Read.Unreadable(e.getMessage());
        }
    }
}
