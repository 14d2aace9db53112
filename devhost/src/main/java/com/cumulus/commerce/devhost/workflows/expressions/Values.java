package com.cumulus.commerce.devhost.workflows.expressions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/** JSON value helpers shared by the function families: Logic Apps type names, text conversion, equality, numbers. */
final class Values {

    static final ObjectMapper MAPPER = JsonMapper.builder().build();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Values() {
    }

    static JsonNode orNull(JsonNode value) {
        return value == null || value.isMissingNode() ? NullNode.getInstance() : value;
    }

    static JsonNode text(String value) {
        return value == null ? NullNode.getInstance() : TextNode.valueOf(value);
    }

    static JsonNode bool(boolean value) {
        return BooleanNode.valueOf(value);
    }

    static JsonNode integer(long value) {
        return LongNode.valueOf(value);
    }

    static JsonNode decimal(double value) {
        return DoubleNode.valueOf(value);
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    /** The type names Logic Apps uses in its messages. */
    static String typeName(JsonNode value) {
        JsonNode v = orNull(value);
        if (v.isNull()) {
            return "Null";
        }
        if (v.isTextual()) {
            return "String";
        }
        if (v.isIntegralNumber()) {
            return "Integer";
        }
        if (v.isNumber()) {
            return "Float";
        }
        if (v.isBoolean()) {
            return "Boolean";
        }
        if (v.isArray()) {
            return "Array";
        }
        if (v.isObject()) {
            return "Object";
        }
        return "Binary";
    }

    /**
     * How a value reads inside a string (interpolation, string(), concat): booleans as .NET writes them ("True"),
     * null as empty, containers as compact JSON.
     */
    static String asText(JsonNode value) {
        JsonNode v = orNull(value);
        if (v.isNull()) {
            return "";
        }
        if (v.isTextual()) {
            return v.textValue();
        }
        if (v.isBoolean()) {
            return v.booleanValue() ? "True" : "False";
        }
        if (v.isIntegralNumber()) {
            return v.bigIntegerValue().toString();
        }
        if (v.isNumber()) {
            return formatDecimal(v.doubleValue());
        }
        return toJson(v);
    }

    /** Shortest round-trip form without exponent or trailing ".0", matching .NET's default double formatting for common values. */
    static String formatDecimal(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
        return exact.scale() < 0 ? exact.setScale(0).toPlainString() : exact.toPlainString();
    }

    static String toJson(JsonNode value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new ExpressionException("the value could not be written as JSON");
        }
    }

    /** Deep JSON equality where numbers compare by value (1 equals 1.0). */
    static boolean deepEquals(JsonNode left, JsonNode right) {
        JsonNode a = orNull(left);
        JsonNode b = orNull(right);
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!deepEquals(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!b.has(field.getKey()) || !deepEquals(field.getValue(), b.get(field.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    /** Integers become LongNode and decimals DoubleNode throughout, so results have one number representation. */
    static JsonNode normalize(JsonNode value) {
        JsonNode v = orNull(value);
        if (v.isIntegralNumber()) {
            return v.canConvertToLong() ? LongNode.valueOf(v.longValue()) : DoubleNode.valueOf(v.doubleValue());
        }
        if (v.isNumber()) {
            return DoubleNode.valueOf(v.doubleValue());
        }
        if (v.isArray()) {
            ArrayNode copy = array();
            v.forEach(item -> copy.add(normalize(item)));
            return copy;
        }
        if (v.isObject()) {
            ObjectNode copy = object();
            v.fields().forEachRemaining(field -> copy.set(field.getKey(), normalize(field.getValue())));
            return copy;
        }
        return v;
    }
}
