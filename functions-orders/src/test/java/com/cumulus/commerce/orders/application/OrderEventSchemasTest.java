package com.cumulus.commerce.orders.application;

import static com.cumulus.commerce.orders.application.OrdersFixture.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.orders.model.OrderStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderEventSchemasTest extends WithOrdersFixture {

    /** One event of each type, emitted by the use cases that emit them. */
    private Map<String, JsonNode> oneOfEach() {
        fixture.moved(fixture.alicesOrder("placed-then-confirmed"), OrderStatus.CONFIRMED);
        var cancelled = fixture.alicesOrder("cancelled");
        new CancelOrder(fixture.orders, fixture.clock).cancel(ALICE, cancelled.id(), null);
        var failed = fixture.alicesOrder("failed");
        new TransitionOrder(fixture.orders, fixture.clock).transition(failed.id(), OrderStatus.FAILED, "declined", null);
        var byType = new HashMap<String, JsonNode>();
        for (var event : fixture.outboxEvents(ALICE)) {
            byType.put(event.get("type").asText(), event);
        }
        return byType;
    }

    @Test
    void everyEmittedEventFitsTheSchemaOfItsType() {
        var events = oneOfEach();

        assertThat(events.keySet()).containsExactlyInAnyOrderElementsOf(OrderEvent.TYPES);
        events.forEach((type, event) -> {
            assertThat(event.get("specversion").asText()).isEqualTo("1.0");
            assertThat(event.get("source").asText()).isEqualTo(OrderEvent.SOURCE);
            assertThat(event.get("subject").asText()).isEqualTo(event.get("data").get("orderId").asText());
            assertThat(EventSchemaCheck.violations(EventSchemaCheck.schema(type), event.get("data")))
                    .as(type).isEmpty();
        });
    }

    @Test
    void theCheckCatchesAnEventThatBreaksItsSchema() {
        var placed = (ObjectNode) oneOfEach().get(OrderEvent.PLACED).get("data").deepCopy();
        placed.remove("total");
        placed.put("paymentMethod", 42);
        placed.put("surprise", true);

        assertThat(EventSchemaCheck.violations(EventSchemaCheck.schema(OrderEvent.PLACED), placed))
                .containsExactlyInAnyOrder("$: misses required total", "$.paymentMethod: must be string",
                        "$: has unknown property surprise");
    }

    @Test
    void everyOrderEventTypeHasASchema() {
        for (var type : List.copyOf(OrderEvent.TYPES)) {
            var schema = EventSchemaCheck.schema(type);
            assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(schema.get("required")).isNotEmpty();
        }
    }
}
