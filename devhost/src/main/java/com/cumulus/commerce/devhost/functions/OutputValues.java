package com.cumulus.commerce.devhost.functions;

import com.cumulus.commerce.platform.http.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Turns an output binding's value into message bodies: arrays and collections are many messages. */
final class OutputValues {

    private OutputValues() {
    }

    static List<String> bodies(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> items) {
            var bodies = new ArrayList<String>(items.size());
            items.forEach(item -> bodies.add(body(item)));
            return bodies;
        }
        if (value instanceof Object[] items) {
            var bodies = new ArrayList<String>(items.length);
            for (var item : items) {
                bodies.add(body(item));
            }
            return bodies;
        }
        return List.of(body(value));
    }

    private static String body(Object item) {
        if (item instanceof String text) {
            return text;
        }
        if (item instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return Json.write(item);
    }
}
