package com.cumulus.commerce.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.cumulus.commerce.platform.http.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class EventSchemasTest {

    private static final String PLACED = "commerce.orders.order-placed.v1";
    private static final Path SCHEMA_FOLDER = Path.of("src", "main", "resources", "events");

    private final EventSchemas schemas = new EventSchemas();

    private static ObjectNode orderPlaced() {
        return (ObjectNode) json("""
                {"orderId": "ord_abcdefghijklmnopqrstuvwxyz", "customerId": "alice",
                 "lines": [{"sku": "85123A", "quantity": 2, "unitPrice": {"amount": 1250, "currency": "EUR"}}],
                 "total": {"amount": 2500, "currency": "EUR"}, "paymentMethod": "pm_sim_approve",
                 "placedAt": "2026-12-04T10:15:30Z"}""");
    }

    @Test
    void aValidEventHasNoViolations() {
        assertThat(schemas.violations(PLACED, orderPlaced())).isEmpty();
    }

    @Test
    void aMissingRequiredPropertyIsReported() {
        var event = orderPlaced();
        event.remove("total");

        assertThat(schemas.violations(PLACED, event)).singleElement().satisfies(violation -> {
            assertThat(violation.path()).isEqualTo("");
            assertThat(violation.keyword()).isEqualTo("required");
            assertThat(violation.message()).contains("total");
        });
    }

    @Test
    void aWrongTypeIsReported() {
        var event = orderPlaced().put("paymentMethod", 42);

        assertThat(schemas.violations(PLACED, event)).singleElement().satisfies(violation -> {
            assertThat(violation.path()).isEqualTo("/paymentMethod");
            assertThat(violation.keyword()).isEqualTo("type");
        });
    }

    @Test
    void anExtraPropertyIsReportedWhereTheSchemaForbidsIt() {
        var event = orderPlaced().put("surprise", true);

        assertThat(schemas.violations(PLACED, event)).singleElement().satisfies(violation -> {
            assertThat(violation.keyword()).isEqualTo("additionalProperties");
            assertThat(violation.message()).contains("surprise");
        });
    }

    @Test
    void aBadFormatIsReportedNotOnlyNoted() {
        var event = orderPlaced().put("placedAt", "yesterday at noon");

        assertThat(schemas.violations(PLACED, event)).singleElement().satisfies(violation -> {
            assertThat(violation.path()).isEqualTo("/placedAt");
            assertThat(violation.keyword()).isEqualTo("format");
        });
    }

    @Test
    void violationsInsideAReferencedDefinitionAndAnArrayNameWhere() {
        var event = orderPlaced();
        ((ObjectNode) event.get("total")).put("amount", -1);
        ((ObjectNode) event.get("lines").get(0)).put("sku", "no spaces allowed");

        assertThat(schemas.violations(PLACED, event)).extracting(SchemaViolation::path, SchemaViolation::keyword)
                .containsExactlyInAnyOrder(tuple("/total/amount", "minimum"),
                        tuple("/lines/0/sku", "pattern"));
    }

    @Test
    void everyKindOfViolationAtOnceIsReportedEachTime() {
        var event = orderPlaced().put("paymentMethod", 42).put("surprise", true).put("placedAt", "soon");
        event.remove("total");

        assertThat(schemas.violations(PLACED, event)).extracting(SchemaViolation::keyword)
                .containsExactlyInAnyOrder("required", "type", "additionalProperties", "format");
    }

    @Test
    void aTypeWithoutASchemaIsABugNotAnEmptyList() {
        assertThat(schemas.has("commerce.orders.order-teleported.v1")).isFalse();
        assertThatThrownBy(() -> schemas.violations("commerce.orders.order-teleported.v1", orderPlaced()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("order-teleported");
    }

    @Test
    void aTypeNamingAnotherFileIsRefused() {
        assertThatThrownBy(() -> schemas.has("../META-INF/MANIFEST"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> schemas.has("Commerce.Orders"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everySchemaFileUnderEventsIsAValidDraft202012SchemaNamedForItsType() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(SCHEMA_FOLDER)) {
            files = listed.sorted().toList();
        }
        assertThat(files).isNotEmpty().allMatch(file -> file.getFileName().toString().endsWith(".json"));
        for (Path file : files) {
            var schema = Json.mapper().readTree(file.toFile());
            var type = file.getFileName().toString().replaceFirst("\\.json$", "");
            assertThat(schemas.schemaViolations(schema)).as(type).isEmpty();
            assertThat(schema.path("$schema").asText()).as(type)
                    .isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(schema.path("$id").asText()).as(type).endsWith("/events/" + type + ".json");
            assertThat(schema.path("type").asText()).as(type).isEqualTo("object");
            assertThat(schema.path("required")).as(type).isNotEmpty();
            assertThat(schemas.has(type)).as(type).isTrue();
        }
    }

    @Test
    void theMetaSchemaCheckCatchesADocumentThatIsNoSchema() {
        var broken = json("""
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "thing",
                 "required": "orderId", "properties": {"orderId": {"minLength": -1}}}""");

        assertThat(schemas.schemaViolations(broken)).extracting(SchemaViolation::path)
                .contains("/type", "/required", "/properties/orderId/minLength");
    }

    private static JsonNode json(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
