package com.cumulus.commerce.orders.application;

import com.cumulus.commerce.platform.http.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks a JSON value against the event schemas under {@code events/} (draft 2020-12), for the keywords those
 * schemas use: type, required, properties, additionalProperties false, items, min/maxItems, minimum/maximum,
 * minLength, pattern, format date-time and local {@code $ref}s.
 */
final class EventSchemaCheck {

    private EventSchemaCheck() {
    }

    static JsonNode schema(String eventType) {
        var resource = "events/" + eventType + ".json";
        try (var in = EventSchemaCheck.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no schema on the class path: " + resource);
            }
            return Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every way {@code value} breaks {@code schema}, as "path: problem"; empty when it fits. */
    static List<String> violations(JsonNode schema, JsonNode value) {
        var found = new ArrayList<String>();
        check(schema, schema, value, "$", found);
        return found;
    }

    private static void check(JsonNode root, JsonNode schema, JsonNode value, String path, List<String> found) {
        if (schema.has("$ref")) {
            var ref = schema.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalArgumentException("only local $refs are supported: " + ref);
            }
            check(root, root.at(ref.substring(1)), value, path, found);
            return;
        }
        var type = schema.path("type").asText("");
        if (!type.isEmpty() && !hasType(value, type)) {
            found.add(path + ": must be " + type);
            return;
        }
        if (value.isObject()) {
            for (var name : schema.path("required")) {
                if (!value.has(name.asText())) {
                    found.add(path + ": misses required " + name.asText());
                }
            }
            var properties = schema.path("properties");
            value.fieldNames().forEachRemaining(name -> {
                if (properties.has(name)) {
                    check(root, properties.get(name), value.get(name), path + "." + name, found);
                } else if (schema.path("additionalProperties").isBoolean()
                        && !schema.get("additionalProperties").asBoolean()) {
                    found.add(path + ": has unknown property " + name);
                }
            });
        }
        if (value.isArray()) {
            if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
                found.add(path + ": has fewer than " + schema.get("minItems") + " items");
            }
            if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) {
                found.add(path + ": has more than " + schema.get("maxItems") + " items");
            }
            for (int i = 0; i < value.size(); i++) {
                check(root, schema.path("items"), value.get(i), path + "[" + i + "]", found);
            }
        }
        if (value.isNumber()) {
            if (schema.has("minimum") && value.asLong() < schema.get("minimum").asLong()) {
                found.add(path + ": is below " + schema.get("minimum"));
            }
            if (schema.has("maximum") && value.asLong() > schema.get("maximum").asLong()) {
                found.add(path + ": is above " + schema.get("maximum"));
            }
        }
        if (value.isTextual()) {
            var text = value.asText();
            if (schema.has("minLength") && text.length() < schema.get("minLength").asInt()) {
                found.add(path + ": is shorter than " + schema.get("minLength"));
            }
            if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(text).find()) {
                found.add(path + ": does not match " + schema.get("pattern").asText());
            }
            if ("date-time".equals(schema.path("format").asText()) && !isDateTime(text)) {
                found.add(path + ": is not an RFC 3339 date-time");
            }
        }
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> throw new IllegalArgumentException("unknown type " + type);
        };
    }

    private static boolean isDateTime(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
