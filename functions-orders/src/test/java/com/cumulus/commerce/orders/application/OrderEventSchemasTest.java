package com.cumulus.commerce.orders.application;

import static com.cumulus.commerce.orders.application.OrdersFixture.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.cumulus.commerce.platform.kernel.OrderId;
import com.cumulus.commerce.orders.model.OrderStatus;
import com.cumulus.commerce.platform.events.EventSchemas;
import com.cumulus.commerce.platform.events.SchemaViolation;
import com.cumulus.commerce.platform.http.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderEventSchemasTest extends WithOrdersFixture {

    private final EventSchemas schemas = new EventSchemas();

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
            assertThat(schemas.violations(type, event.get("data"))).as(type).isEmpty();
        });
    }

    @Test
    void theCheckCatchesAnEventThatBreaksItsSchema() {
        var placed = (ObjectNode) oneOfEach().get(OrderEvent.PLACED).get("data").deepCopy();
        placed.remove("total");
        placed.put("paymentMethod", 42);
        placed.put("surprise", true);

        var violations = schemas.violations(OrderEvent.PLACED, placed);

        assertThat(violations).extracting(SchemaViolation::path, SchemaViolation::keyword).containsExactlyInAnyOrder(
                tuple("", "required"), tuple("/paymentMethod", "type"), tuple("", "additionalProperties"));
        assertThat(violations).filteredOn(v -> v.keyword().equals("required")).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("total"));
        assertThat(violations).filteredOn(v -> v.keyword().equals("additionalProperties")).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("surprise"));
    }

    @Test
    void everyOrderEventTypeHasASchema() throws IOException {
        for (var type : List.copyOf(OrderEvent.TYPES)) {
            assertThat(schemas.has(type)).as(type).isTrue();
            JsonNode schema;
            try (var in = getClass().getClassLoader().getResourceAsStream(EventSchemas.FOLDER + type + ".json")) {
                schema = Json.mapper().readTree(in);
            }
            assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(schema.get("required")).isNotEmpty();
        }
    }
}
