package com.cumulus.commerce.platform.events;

import com.cumulus.commerce.platform.http.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The JSON Schema (draft 2020-12) of each event type, {@code events/<type>.json} on the class path, and the one
 * validator every app and test checks an event's {@code data} with (networknt json-schema-validator). Formats
 * such as {@code date-time} are asserted, not only noted, so a schema means the same wherever it is checked.
 * Schemas are read once per type and reused; an instance is safe to share between threads.
 */
public final class EventSchemas {

    /** Where the schemas live on the class path; a type's file is this folder, the type and {@code .json}. */
    public static final String FOLDER = "events/";

    private static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";
    // CloudEvents types as this shop names them, e.g. commerce.orders.order-placed.v1; nothing that walks folders
    private static final Pattern EVENT_TYPE = Pattern.compile("[a-z0-9]+(?:[.-][a-z0-9]+)*");

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
                    .build()));
    private final Map<String, Optional<Schema>> byType = new ConcurrentHashMap<>();

    /** Whether {@code eventType} has a schema on the class path. */
    public boolean has(String eventType) {
        return schema(eventType).isPresent();
    }

    /**
     * Every way {@code data} breaks the schema of {@code eventType}; empty when it fits.
     *
     * @throws IllegalArgumentException when the type has no schema: an event without one is a bug, not bad input
     */
    public List<SchemaViolation> violations(String eventType, JsonNode data) {
        Objects.requireNonNull(data, "'data' must not be null");
        var schema = schema(eventType).orElseThrow(
                () -> new IllegalArgumentException("no schema for event type '" + eventType + "' under " + FOLDER));
        return schema.validate(data).stream().map(EventSchemas::violation).toList();
    }

    /** Every way {@code schema} breaks the draft 2020-12 meta-schema: whether a schema document is one at all. */
    public List<SchemaViolation> schemaViolations(JsonNode schema) {
        Objects.requireNonNull(schema, "'schema' must not be null");
        return registry.getSchema(SchemaLocation.of(META_SCHEMA)).validate(schema).stream()
                .map(EventSchemas::violation).toList();
    }

    private Optional<Schema> schema(String eventType) {
        Objects.requireNonNull(eventType, "'eventType' must not be null");
        if (!EVENT_TYPE.matcher(eventType).matches()) {
            throw new IllegalArgumentException("'eventType' must be lower-case words joined by '.' or '-': "
                    + eventType);
        }
        return byType.computeIfAbsent(eventType, this::load);
    }

    private Optional<Schema> load(String eventType) {
        var resource = FOLDER + eventType + ".json";
        try (var in = EventSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(registry.getSchema(Json.mapper().readTree(in)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static SchemaViolation violation(Error error) {
        return new SchemaViolation(error.getInstanceLocation().toString(), String.valueOf(error.getKeyword()),
                error.getMessage());
    }
}
