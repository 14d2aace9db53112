package com.cumulus.commerce.devhost.workflows.expressions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.regex.Pattern;

/** Conversions between JSON types. */
final class ConversionFunctions {

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private ConversionFunctions() {
    }

    static void register(FunctionTable t) {
        t.add("json", 1, 1, ConversionFunctions::json);
        t.add("int", 1, 1, ConversionFunctions::toInt);
        t.add("float", 1, 1, ConversionFunctions::toFloat);
        t.add("bool", 1, 1, ConversionFunctions::toBool);
        t.add("string", 1, 1, (a, s) -> Values.text(Values.asText(a.get(0))));
        t.add("isInt", 1, 1, (a, s) -> Values.bool(a.get(0).isIntegralNumber()
                || (a.get(0).isTextual() && INTEGER.matcher(a.get(0).textValue().strip()).matches())));
        t.add("isFloat", 1, 1, (a, s) -> Values.bool(a.get(0).isNumber()
                || (a.get(0).isTextual() && DECIMAL.matcher(a.get(0).textValue().strip()).matches())));
    }

    private static JsonNode json(Args a, ExpressionScope scope) {
        JsonNode v = a.get(0);
        if (v.isContainerNode()) {
            return v;
        }
        if (!v.isTextual()) {
            throw a.typeError(0, "a string or an object", v);
        }
        try {
            JsonNode parsed = Values.MAPPER.readTree(v.textValue());
            if (parsed == null || parsed.isMissingNode()) {
                throw a.fail("parameter is not valid. The provided value '" + v.textValue() + "' cannot be parsed: it is empty.");
            }
            return Values.normalize(parsed);
        } catch (JsonProcessingException e) {
            // a limit the parser enforces (nesting depth, say) is reported without a location
            var location = e.getLocation();
            var where = location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
            throw a.fail("parameter is not valid. The provided value '" + v.textValue() + "' cannot be parsed: "
                    + e.getOriginalMessage() + where + ".");
        }
    }

    private static JsonNode toInt(Args a, ExpressionScope scope) {
        JsonNode v = a.get(0);
        if (v.isTextual() && INTEGER.matcher(v.textValue().strip()).matches()) {
            try {
                return Values.integer(Long.parseLong(v.textValue().strip()));
            } catch (NumberFormatException tooLarge) {
                throw notConvertible(a, v, "an integer");
            }
        }
        if (v.isNumber()) {
            return Values.integer(a.integer(0));
        }
        throw notConvertible(a, v, "an integer");
    }

    private static JsonNode toFloat(Args a, ExpressionScope scope) {
        JsonNode v = a.get(0);
        if (v.isTextual() && DECIMAL.matcher(v.textValue().strip()).matches()) {
            return Values.decimal(Double.parseDouble(v.textValue().strip()));
        }
        if (v.isNumber()) {
            return Values.decimal(v.doubleValue());
        }
        throw notConvertible(a, v, "a float");
    }

    private static JsonNode toBool(Args a, ExpressionScope scope) {
        JsonNode v = a.get(0);
        if (v.isBoolean()) {
            return v;
        }
        if (v.isNumber()) {
            return Values.bool(v.doubleValue() != 0);
        }
        if (v.isTextual()) {
            String text = v.textValue().strip().toLowerCase(Locale.ROOT);
            if (text.equals("true") || text.equals("false")) {
                return Values.bool(text.equals("true"));
            }
        }
        throw notConvertible(a, v, "a boolean");
    }

    private static ExpressionException notConvertible(Args a, JsonNode v, String target) {
        return a.fail("was invoked with a parameter that is not valid. The value '" + Values.asText(v) + "' of type '" + Values.typeName(v)
                + "' cannot be converted to " + target + ".");
    }
}
