package com.cumulus.commerce.devhost.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The {@code expression} of If and Until: a string expression that yields a boolean, or the designer's object
 * form {@code {"and": [{"equals": [a, b]}, {"not": {"contains": [c, d]}}]}}.
 */
final class Conditions {

    static final Set<String> OPERATORS = Set.of("and", "or", "not", "equals", "greater", "greaterOrEquals", "less",
            "lessOrEquals", "contains", "startsWith", "endsWith");

    private Conditions() {
    }

    /** @param evaluate evaluates an expression value (strings starting with @ and so on) */
    static boolean test(JsonNode condition, UnaryOperator<JsonNode> evaluate) {
        if (condition.isObject()) {
            if (condition.size() != 1) {
                throw new IllegalArgumentException("a condition object must have exactly one operator");
            }
            var field = condition.fields().next();
            return operator(field.getKey(), field.getValue(), evaluate);
        }
        var value = evaluate.apply(condition);
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isTextual() && (value.asText().equalsIgnoreCase("true") || value.asText().equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(value.asText());
        }
        throw new IllegalArgumentException("the condition must yield a boolean, not " + value);
    }

    /** Adds problems for unknown operators; {@code visit} sees every operand. */
    static void check(JsonNode condition, String where, List<String> problems, java.util.function.Consumer<JsonNode> visit) {
        if (!condition.isObject()) {
            visit.accept(condition);
            return;
        }
        for (Iterator<String> it = condition.fieldNames(); it.hasNext();) {
            var op = it.next();
            if (!OPERATORS.contains(op)) {
                problems.add(where + ": unsupported condition operator '" + op + "'");
                continue;
            }
            var operands = condition.get(op);
            if (op.equals("and") || op.equals("or")) {
                operands.forEach(child -> check(child, where, problems, visit));
            } else if (op.equals("not")) {
                check(operands, where, problems, visit);
            } else {
                operands.forEach(visit);
            }
        }
    }

    private static boolean operator(String op, JsonNode operands, UnaryOperator<JsonNode> evaluate) {
        switch (op) {
            case "and":
                for (var child : operands) {
                    if (!test(child, evaluate)) {
                        return false;
                    }
                }
                return true;
            case "or":
                for (var child : operands) {
                    if (test(child, evaluate)) {
                        return true;
                    }
                }
                return false;
            case "not":
                return !test(operands, evaluate);
            default:
                if (!operands.isArray() || operands.size() != 2) {
                    throw new IllegalArgumentException("'" + op + "' takes two operands");
                }
                return compare(op, evaluate.apply(operands.get(0)), evaluate.apply(operands.get(1)));
        }
    }

    private static boolean compare(String op, JsonNode a, JsonNode b) {
        return switch (op) {
            case "equals" -> same(a, b);
            case "greater" -> order(a, b) > 0;
            case "greaterOrEquals" -> order(a, b) >= 0;
            case "less" -> order(a, b) < 0;
            case "lessOrEquals" -> order(a, b) <= 0;
            case "contains" -> contains(a, b);
            case "startsWith" -> text(a).toLowerCase(Locale.ROOT).startsWith(text(b).toLowerCase(Locale.ROOT));
            case "endsWith" -> text(a).toLowerCase(Locale.ROOT).endsWith(text(b).toLowerCase(Locale.ROOT));
            default -> throw new IllegalArgumentException("unsupported condition operator '" + op + "'");
        };
    }

    static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isMissingNode() || a.isNull()) {
            return b.isMissingNode() || b.isNull();
        }
        return a.equals(b);
    }

    private static int order(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        if (a.isTextual() && b.isTextual()) {
            return a.asText().compareTo(b.asText());
        }
        throw new IllegalArgumentException("cannot compare " + a + " with " + b);
    }

    private static boolean contains(JsonNode collection, JsonNode value) {
        if (collection.isArray()) {
            for (var element : collection) {
                if (same(element, value)) {
                    return true;
                }
            }
            return false;
        }
        if (collection.isObject()) {
            return collection.has(text(value));
        }
        return text(collection).toLowerCase(Locale.ROOT).contains(text(value).toLowerCase(Locale.ROOT));
    }

    private static String text(JsonNode node) {
        return node.isValueNode() ? node.asText() : node.toString();
    }
}
