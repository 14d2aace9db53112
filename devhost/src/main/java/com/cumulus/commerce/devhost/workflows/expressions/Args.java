package com.cumulus.commerce.devhost.workflows.expressions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The evaluated arguments of one call, with typed accessors that fail the way Logic Apps does ("expects its first parameter to be..."). */
record Args(String function, List<JsonNode> values) {

    private static final String[] ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"};

    int size() {
        return values.size();
    }

    boolean has(int index) {
        return index < values.size();
    }

    JsonNode get(int index) {
        return Values.orNull(values.get(index));
    }

    String string(int index) {
        JsonNode v = get(index);
        if (!v.isTextual()) {
            throw typeError(index, "a string", v);
        }
        return v.textValue();
    }

    String optionalString(int index, String fallback) {
        if (!has(index) || get(index).isNull()) {
            return fallback;
        }
        return string(index);
    }

    long integer(int index) {
        JsonNode v = get(index);
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            return v.longValue();
        }
        if (v.isNumber() && v.doubleValue() == Math.rint(v.doubleValue()) && Math.abs(v.doubleValue()) < 9.0e15) {
            return (long) v.doubleValue();
        }
        throw typeError(index, "an integer", v);
    }

    JsonNode number(int index) {
        JsonNode v = get(index);
        if (!v.isNumber()) {
            throw typeError(index, "a number", v);
        }
        return v;
    }

    boolean bool(int index) {
        JsonNode v = get(index);
        if (!v.isBoolean()) {
            throw typeError(index, "a boolean", v);
        }
        return v.booleanValue();
    }

    ArrayNode array(int index) {
        JsonNode v = get(index);
        if (!v.isArray()) {
            throw typeError(index, "an array", v);
        }
        return (ArrayNode) v;
    }

    ObjectNode object(int index) {
        JsonNode v = get(index);
        if (!v.isObject()) {
            throw typeError(index, "an object", v);
        }
        return (ObjectNode) v;
    }

    ExpressionException typeError(int index, String expected, JsonNode actual) {
        String ordinal = ordinal(index);
        return fail("expects its " + (ordinal.isEmpty() ? "" : ordinal + " ") + "parameter to be " + expected + ". The provided value is of type '"
                + Values.typeName(actual) + "'.");
    }

    /** A problem stated about this function: "The template language function 'x' " + what. */
    ExpressionException fail(String what) {
        return new ExpressionException("The template language function '" + function + "' " + what);
    }

    private String ordinal(int index) {
        if (values.size() == 1) {
            return "";
        }
        return index < ORDINALS.length ? ORDINALS[index] : "#" + (index + 1);
    }
}
