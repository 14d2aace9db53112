package com.cumulus.commerce.devhost.workflows.expressions;

import static com.cumulus.commerce.devhost.workflows.expressions.FunctionSpec.MANY;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * Comparison and logical functions. Nothing short-circuits: Logic Apps evaluates every argument of and(), or() and
 * both branches of if() before calling the function, so an error in the branch not taken still fails the expression.
 */
final class LogicalFunctions {

    private LogicalFunctions() {
    }

    static void register(FunctionTable t) {
        t.add("equals", 2, 2, (a, s) -> Values.bool(Values.deepEquals(a.get(0), a.get(1))));
        t.add("and", 1, MANY, (a, s) -> {
            boolean result = true;
            for (int i = 0; i < a.size(); i++) {
                result &= a.bool(i);
            }
            return Values.bool(result);
        });
        t.add("or", 1, MANY, (a, s) -> {
            boolean result = false;
            for (int i = 0; i < a.size(); i++) {
                result |= a.bool(i);
            }
            return Values.bool(result);
        });
        t.add("not", 1, 1, (a, s) -> Values.bool(!a.bool(0)));
        t.add("if", 3, 3, (a, s) -> a.bool(0) ? a.get(1) : a.get(2));
        t.add("greater", 2, 2, (a, s) -> Values.bool(compare(a) > 0));
        t.add("greaterOrEquals", 2, 2, (a, s) -> Values.bool(compare(a) >= 0));
        t.add("less", 2, 2, (a, s) -> Values.bool(compare(a) < 0));
        t.add("lessOrEquals", 2, 2, (a, s) -> Values.bool(compare(a) <= 0));
        t.add("coalesce", 1, MANY, (a, s) -> {
            for (JsonNode value : a.values()) {
                if (!Values.orNull(value).isNull()) {
                    return value;
                }
            }
            return NullNode.getInstance();
        });
    }

    /** Numbers compare by value and strings ordinally; anything else, or a mix, is a type error. */
    private static int compare(Args a) {
        JsonNode left = a.get(0);
        JsonNode right = a.get(1);
        if (left.isNumber() && right.isNumber()) {
            return left.decimalValue().compareTo(right.decimalValue());
        }
        if (left.isTextual() && right.isTextual()) {
            return left.textValue().compareTo(right.textValue());
        }
        throw a.fail("expects two numbers or two strings. The provided values are of types '" + Values.typeName(left) + "' and '"
                + Values.typeName(right) + "'.");
    }
}
