package com.cumulus.commerce.catalog.functions;

import static com.cumulus.commerce.catalog.application.ReservationFixture.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.catalog.application.OrderCancelled;
import com.cumulus.commerce.platform.events.EventEnvelope;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OrderEventsTest {

    private static String event(String type, String data) {
        return EventEnvelope.wrap("evt-1", type, URI.create("/cumulus/orders"), order(1).value(),
                Instant.parse("2026-11-24T12:00:00Z"), data);
    }

    @Test
    void aCancelledOrderIsReadWithItsEventId() {
        var read = OrderEvents.read(event(OrderEvents.ORDER_CANCELLED,
                "{\"orderId\": \"" + order(1) + "\", \"customerId\": \"c\", \"reason\": \"r\"}"));

        assertThat(read).isEqualTo(new OrderEvents.Read.Cancelled(new OrderCancelled("evt-1", order(1))));
    }

    @Test
    void otherOrderEventsAreNotTheCatalogsBusiness() {
        assertThat(OrderEvents.read(event("commerce.orders.order-placed.v1", "{}")))
                .isEqualTo(new OrderEvents.Read.Other("commerce.orders.order-placed.v1"));
    }

    @Test
    void whatCannotBeReadIsSaidSoRatherThanThrown() {
        assertThat(OrderEvents.read("not json")).isInstanceOf(OrderEvents.Read.Unreadable.class);
        assertThat(OrderEvents.read("")).isInstanceOf(OrderEvents.Read.Unreadable.class);
        assertThat(OrderEvents.read(event(OrderEvents.ORDER_CANCELLED, "{\"orderId\": \"ord_nope\"}")))
                .isInstanceOf(OrderEvents.Read.Unreadable.class);
        assertThat(OrderEvents.read(event(OrderEvents.ORDER_CANCELLED, "[1, 2")))
                .isInstanceOf(OrderEvents.Read.Unreadable.class);
    }
}
