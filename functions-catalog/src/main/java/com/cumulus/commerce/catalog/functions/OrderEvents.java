package com.cumulus.commerce.catalog.functions;

import com.cumulus.commerce.platform.kernel.OrderId;
import com.cumulus.commerce.catalog.application.OrderCancelled;
import com.cumulus.commerce.platform.events.ReceivedEvent;

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
        ReceivedEvent event;
        try {
            event = ReceivedEvent.read(body);
        } catch (IllegalArgumentException e) {
            return new Read.Unreadable(e.getMessage());
        }
        if (!ORDER_CANCELLED.equals(event.type())) {
            return new Read.Other(event.type());
        }
        var orderId = event.data().path("orderId").asText(null);
        if (!OrderId.isValid(orderId)) {
            return new Read.Unreadable("event " + event.id() + " has no valid 'orderId'");
        }
        return new Read.Cancelled(new OrderCancelled(event.id(), OrderId.of(orderId)));
    }
}
