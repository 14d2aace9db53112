package com.cumulus.commerce.devhost.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A run's variables. Every variable action records the values it left in its result ({@code variables}), so a
 * resumed run rebuilds them from stored results instead of running the actions again.
 */
final class Variables {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<String, JsonNode> values = new ConcurrentHashMap<>();

    JsonNode get(String name) {
        var value = values.get(name);
        if (value == null) {
            throw new com.cumulus.commerce.devhost.workflows.expressions.ExpressionException("variable '" + name + "' is not initialized");
        }
        return value;
    }

    void restore(JsonNode recorded) {
        recorded.forEach(variable -> values.put(variable.path("name").asText(), variable.path("value")));
    }

    synchronized ActionOutcome apply(String type, JsonNode inputs) {
        var changed = NODES.arrayNode();
        if (type.equals("InitializeVariable")) {
            for (var variable : inputs.path("variables")) {
                var name = variable.path("name").asText();
                var value = variable.has("value") && !variable.get("value").isNull() ? variable.get("value")
                        : initial(variable.path("type").asText());
                values.put(name, value);
                changed.addObject().put("name", name).set("value", value);
            }
        } else {
            var name = inputs.path("name").asText();
            var current = get(name);
            var value = next(type, current, inputs.path("value"));
            values.put(name, value);
            changed.addObject().put("name", name).set("value", value);
        }
        var outputs = NODES.objectNode();
        outputs.set("body", changed.size() == 1 ? changed.get(0) : NODES.objectNode().set("variables", changed));
        var outcome = ActionOutcome.succeeded(inputs, outputs);
        outcome.extra().set("variables", changed);
        return outcome;
    }

    private static JsonNode next(String type, JsonNode current, JsonNode value) {
        return switch (type) {
            case "SetVariable" -> value;
            case "IncrementVariable", "DecrementVariable" -> {
                var step = value.isMissingNode() || value.isNull() ? NODES.numberNode(1) : value;
                if (!current.isNumber() || !step.isNumber()) {
                    throw new IllegalStateException(type + " needs a number variable and value");
                }
                var sign = type.equals("IncrementVariable") ? 1 : -1;
                yield current.isIntegralNumber() && step.isIntegralNumber()
                        ? NODES.numberNode(current.longValue() + sign * step.longValue())
                        : NODES.numberNode(current.doubleValue() + sign * step.doubleValue());
            }
            case "AppendToArrayVariable" -> {
                if (!current.isArray()) {
                    throw new IllegalStateException("AppendToArrayVariable needs an array variable");
                }
                ArrayNode copy = ((ArrayNode) current).deepCopy();
                copy.add(value);
                yield copy;
            }
            case "AppendToStringVariable" -> NODES.textNode(current.asText() + (value.isValueNode() ? value.asText()
                    : value.toString()));
            default -> throw new IllegalStateException("unsupported variable action '" + type + "'");
        };
    }

    private static JsonNode initial(String type) {
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "array" -> NODES.arrayNode();
            case "object" -> NODES.objectNode();
            case "integer", "float" -> NODES.numberNode(0);
            case "boolean" -> NODES.booleanNode(false);
            case "string" -> NODES.textNode("");
            default -> NODES.nullNode();
        };
    }
}
