package com.cumulus.commerce.devhost.workflows.expressions;

import static com.cumulus.commerce.devhost.workflows.expressions.FunctionSpec.MANY;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleBinaryOperator;
import java.util.function.LongBinaryOperator;

/** Arithmetic: two integers give an integer (div truncates, as in Logic Apps), anything with a decimal gives a decimal. */
final class MathFunctions {

    private MathFunctions() {
    }

    static void register(FunctionTable t) {
        t.add("add", 2, 2, (a, s) -> arithmetic(a, Math::addExact, Double::sum));
        t.add("sub", 2, 2, (a, s) -> arithmetic(a, Math::subtractExact, (x, y) -> x - y));
        t.add("mul", 2, 2, (a, s) -> arithmetic(a, Math::multiplyExact, (x, y) -> x * y));
        t.add("div", 2, 2, (a, s) -> {
            requireNonZero(a);
            return arithmetic(a, (x, y) -> x / y, (x, y) -> x / y);
        });
        t.add("mod", 2, 2, (a, s) -> {
            requireNonZero(a);
            return arithmetic(a, (x, y) -> x % y, (x, y) -> x % y);
        });
        t.add("min", 1, MANY, (a, s) -> extreme(a, -1));
        t.add("max", 1, MANY, (a, s) -> extreme(a, 1));
        t.add("rand", 2, 2, (a, s) -> {
            long min = a.integer(0);
            long max = a.integer(1);
            if (min >= max) {
                throw a.fail("expects its first parameter to be less than its second; the values were " + min + " and " + max + ".");
            }
            return Values.integer(ThreadLocalRandom.current().nextLong(min, max));
        });
    }

    private static JsonNode arithmetic(Args a, LongBinaryOperator integers, DoubleBinaryOperator decimals) {
        JsonNode left = a.number(0);
        JsonNode right = a.number(1);
        if (left.isIntegralNumber() && right.isIntegralNumber() && left.canConvertToLong() && right.canConvertToLong()) {
            try {
                return Values.integer(integers.applyAsLong(left.longValue(), right.longValue()));
            } catch (ArithmeticException overflow) {
                throw a.fail("overflowed the range of a 64-bit integer.");
            }
        }
        return Values.decimal(decimals.applyAsDouble(left.doubleValue(), right.doubleValue()));
    }

    private static void requireNonZero(Args a) {
        if (a.number(1).doubleValue() == 0) {
            throw a.fail("attempted to divide by zero.");
        }
    }

    /** min/max take either one array or several numbers. */
    private static JsonNode extreme(Args a, int sign) {
        List<JsonNode> numbers = new ArrayList<>();
        if (a.size() == 1 && a.get(0).isArray()) {
            a.get(0).forEach(numbers::add);
            if (numbers.isEmpty()) {
                throw a.fail("expects a non-empty array.");
            }
        } else {
            numbers.addAll(a.values());
        }
        JsonNode best = null;
        for (int i = 0; i < numbers.size(); i++) {
            JsonNode n = Values.orNull(numbers.get(i));
            if (!n.isNumber()) {
                throw a.fail("expects numbers; the value at position " + (i + 1) + " is of type '" + Values.typeName(n) + "'.");
            }
            if (best == null || Integer.signum(n.decimalValue().compareTo(best.decimalValue())) == sign) {
                best = n;
            }
        }
        return best;
    }
}
