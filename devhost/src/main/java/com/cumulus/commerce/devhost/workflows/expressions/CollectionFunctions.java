package com.cumulus.commerce.devhost.workflows.expressions;

import static com.cumulus.commerce.devhost.workflows.expressions.FunctionSpec.MANY;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Collection functions over strings, arrays and objects. */
final class CollectionFunctions {

    /** Keeps a typo in range() from allocating an unbounded array. */
    private static final long RANGE_LIMIT = 100_000;

    private CollectionFunctions() {
    }

    static void register(FunctionTable t) {
        t.add("contains", 2, 2, CollectionFunctions::contains);
        t.add("empty", 1, 1, (a, s) -> {
            JsonNode v = a.get(0);
            if (v.isNull()) {
                return Values.bool(true);
            }
            if (v.isTextual()) {
                return Values.bool(v.textValue().isEmpty());
            }
            if (v.isContainerNode()) {
                return Values.bool(v.isEmpty());
            }
            throw a.typeError(0, "a string, an array or an object", v);
        });
        t.add("first", 1, 1, (a, s) -> edge(a, true));
        t.add("last", 1, 1, (a, s) -> edge(a, false));
        t.add("join", 2, 2, (a, s) -> {
            List<String> parts = new ArrayList<>();
            a.array(0).forEach(item -> parts.add(Values.asText(item)));
            return Values.text(String.join(a.string(1), parts));
        });
        t.add("union", 2, MANY, (a, s) -> combine(a, true));
        t.add("intersection", 2, MANY, (a, s) -> combine(a, false));
        t.add("skip", 2, 2, (a, s) -> {
            ArrayNode items = a.array(0);
            long count = nonNegative(a, 1);
            ArrayNode out = Values.array();
            for (long i = count; i < items.size(); i++) {
                out.add(items.get((int) i));
            }
            return out;
        });
        t.add("take", 2, 2, (a, s) -> {
            long count = nonNegative(a, 1);
            JsonNode v = a.get(0);
            if (v.isTextual()) {
                return Values.text(v.textValue().substring(0, (int) Math.min(count, v.textValue().length())));
            }
            ArrayNode items = a.array(0);
            ArrayNode out = Values.array();
            for (int i = 0; i < Math.min(count, items.size()); i++) {
                out.add(items.get(i));
            }
            return out;
        });
        t.add("createArray", 1, MANY, (a, s) -> {
            ArrayNode out = Values.array();
            a.values().forEach(out::add);
            return out;
        });
        t.add("array", 1, 1, (a, s) -> Values.array().add(a.get(0)));
        t.add("range", 2, 2, (a, s) -> {
            long start = a.integer(0);
            long count = nonNegative(a, 1);
            if (count > RANGE_LIMIT) {
                throw a.fail("expects its second parameter to be at most " + RANGE_LIMIT + "; the provided value was " + count + ".");
            }
            ArrayNode out = Values.array();
            for (long i = 0; i < count; i++) {
                out.add(start + i);
            }
            return out;
        });
        t.add("sort", 1, 2, CollectionFunctions::sort);
        t.add("reverse", 1, 1, (a, s) -> {
            ArrayNode items = a.array(0);
            ArrayNode out = Values.array();
            for (int i = items.size() - 1; i >= 0; i--) {
                out.add(items.get(i));
            }
            return out;
        });
    }

    /** sort(array) orders numbers or strings; sort(array, 'key') orders objects by that property. */
    private static JsonNode sort(Args a, ExpressionScope scope) {
        List<JsonNode> items = new ArrayList<>();
        a.array(0).forEach(items::add);
        String key = a.optionalString(1, null);
        List<JsonNode> keys = new ArrayList<>();
        for (JsonNode item : items) {
            JsonNode sortKey = key == null ? item : Values.orNull(item.get(key));
            if (!sortKey.isNumber() && !sortKey.isTextual()) {
                throw a.fail("can only sort numbers or strings; found a value of type '" + Values.typeName(sortKey) + "'.");
            }
            keys.add(sortKey);
        }
        boolean numbers = keys.stream().allMatch(JsonNode::isNumber);
        boolean strings = keys.stream().allMatch(JsonNode::isTextual);
        if (!numbers && !strings) {
            throw a.fail("can only sort values of one type: all numbers or all strings.");
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            order.add(i);
        }
        order.sort((x, y) -> numbers
                ? keys.get(x).decimalValue().compareTo(keys.get(y).decimalValue())
                : keys.get(x).textValue().compareTo(keys.get(y).textValue()));
        ArrayNode out = Values.array();
        order.forEach(i -> out.add(items.get(i)));
        return out;
    }

    private static JsonNode contains(Args a, ExpressionScope scope) {
        JsonNode collection = a.get(0);
        JsonNode value = a.get(1);
        if (collection.isTextual()) {
            return Values.bool(collection.textValue().contains(Values.asText(value)));
        }
        if (collection.isArray()) {
            for (JsonNode item : collection) {
                if (Values.deepEquals(item, value)) {
                    return Values.bool(true);
                }
            }
            return Values.bool(false);
        }
        if (collection.isObject()) {
            return Values.bool(value.isTextual() && collection.has(value.textValue()));
        }
        throw a.typeError(0, "a string, an array or an object", collection);
    }

    private static JsonNode edge(Args a, boolean first) {
        JsonNode v = a.get(0);
        if (v.isTextual()) {
            String text = v.textValue();
            if (text.isEmpty()) {
                return Values.text("");
            }
            return Values.text(first ? text.substring(0, 1) : text.substring(text.length() - 1));
        }
        if (v.isArray()) {
            if (v.isEmpty()) {
                return NullNode.getInstance();
            }
            return v.get(first ? 0 : v.size() - 1);
        }
        throw a.typeError(0, "a string or an array", v);
    }

    /** union keeps the distinct items of all collections; intersection those present in every one. Objects merge by key, later values winning. */
    private static JsonNode combine(Args a, boolean union) {
        JsonNode first = a.get(0);
        if (first.isObject()) {
            for (int i = 0; i < a.size(); i++) {
                a.object(i);
            }
            ObjectNode out = Values.object();
            if (union) {
                a.values().forEach(o -> o.fields().forEachRemaining(f -> out.set(f.getKey(), f.getValue())));
                return out;
            }
            first.fields().forEachRemaining(f -> {
                for (JsonNode other : a.values()) {
                    if (!other.has(f.getKey()) || !Values.deepEquals(other.get(f.getKey()), f.getValue())) {
                        return;
                    }
                }
                out.set(f.getKey(), a.values().get(a.size() - 1).get(f.getKey()));
            });
            return out;
        }
        for (int i = 0; i < a.size(); i++) {
            a.array(i);
        }
        List<JsonNode> out = new ArrayList<>();
        if (union) {
            a.values().forEach(collection -> collection.forEach(item -> addDistinct(out, item)));
        } else {
            for (JsonNode item : first) {
                boolean everywhere = a.values().stream().allMatch(collection -> indexOf(collection, item) >= 0);
                if (everywhere) {
                    addDistinct(out, item);
                }
            }
        }
        ArrayNode result = Values.array();
        out.forEach(result::add);
        return result;
    }

    private static void addDistinct(List<JsonNode> items, JsonNode item) {
        if (items.stream().noneMatch(existing -> Values.deepEquals(existing, item))) {
            items.add(item);
        }
    }

    private static int indexOf(JsonNode array, JsonNode item) {
        for (int i = 0; i < array.size(); i++) {
            if (Values.deepEquals(array.get(i), item)) {
                return i;
            }
        }
        return -1;
    }

    private static long nonNegative(Args a, int index) {
        long count = a.integer(index);
        if (count < 0) {
            throw a.fail("expects its " + (index == 1 ? "second" : "first") + " parameter to be a non-negative integer; the provided value was " + count + ".");
        }
        return count;
    }
}
