package com.cumulus.commerce.devhost.workflows.expressions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Walks a parsed expression. Arguments are evaluated eagerly, including both branches of if(), as Logic Apps does. */
final class Evaluator {

    private Evaluator() {
    }

    /** Evaluates {@code node}; every failure comes out as an ExpressionException naming {@code source}. */
    static JsonNode evaluate(String source, Node node, ExpressionScope scope) {
        try {
            return Values.orNull(eval(node, scope));
        } catch (ExpressionException e) {
            if (e.expression() != null) {
                throw e;
            }
            throw new ExpressionException(source, "cannot be evaluated because " + lowerFirst(e.problem()));
        } catch (ArithmeticException | IllegalArgumentException | IndexOutOfBoundsException | DateTimeException e) {
            throw new ExpressionException(source, "cannot be evaluated: " + (e.getMessage() == null ? "invalid value" : e.getMessage()));
        }
    }

    private static JsonNode eval(Node node, ExpressionScope scope) {
        if (node instanceof Node.Literal literal) {
            return literal.value();
        }
        if (node instanceof Node.Call call) {
            List<JsonNode> values = new ArrayList<>(call.arguments().size());
            for (Node argument : call.arguments()) {
                values.add(Values.orNull(eval(argument, scope)));
            }
            return Values.orNull(call.function().impl().apply(new Args(call.function().name(), values), scope));
        }
        Node.Access access = (Node.Access) node;
        return select(eval(access.target(), scope), Values.orNull(eval(access.key(), scope)), access.nullSafe());
    }

    private static JsonNode select(JsonNode rawTarget, JsonNode key, boolean nullSafe) {
        JsonNode target = Values.orNull(rawTarget);
        if (target.isNull()) {
            if (nullSafe) {
                return NullNode.getInstance();
            }
            throw new ExpressionException("property '" + Values.asText(key) + "' cannot be selected. Property selection is not supported on values of type 'Null'.");
        }
        if (target.isObject()) {
            if (!key.isTextual()) {
                throw new ExpressionException("the property name '" + Values.asText(key) + "' is of type '" + Values.typeName(key) + "'; selecting a property of an object needs a string.");
            }
            JsonNode value = target.get(key.textValue());
            if (value != null) {
                return value;
            }
            if (nullSafe) {
                return NullNode.getInstance();
            }
            throw new ExpressionException("property '" + key.textValue() + "' doesn't exist, available properties are '" + propertyNames(target) + "'.");
        }
        if (target.isArray()) {
            if (!key.isIntegralNumber()) {
                throw new ExpressionException("property '" + Values.asText(key) + "' cannot be selected. Array elements can only be selected using an integer index.");
            }
            long index = key.longValue();
            if (index >= 0 && index < target.size()) {
                return target.get((int) index);
            }
            if (nullSafe) {
                return NullNode.getInstance();
            }
            throw new ExpressionException("array index '" + index + "' is outside bounds (0, " + (target.size() - 1) + ") of array.");
        }
        throw new ExpressionException("property '" + Values.asText(key) + "' cannot be selected. Property selection is not supported on values of type '" + Values.typeName(target) + "'.");
    }

    private static String propertyNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return String.join(", ", names);
    }

    private static String lowerFirst(String text) {
        if (text == null || text.isEmpty()) {
            return "of an unknown problem.";
        }
        // "The action 'x' has not run" reads as "... because the action 'x' has not run"; names such as 'Get_order' stay as written
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))) {
            return Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }
}
