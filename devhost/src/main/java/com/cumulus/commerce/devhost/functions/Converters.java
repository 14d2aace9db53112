package com.cumulus.commerce.devhost.functions;

import com.cumulus.commerce.platform.http.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import java.lang.reflect.Array;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Converters from trigger payloads to parameter types, chosen once per parameter: a single body (String)
 * to String, byte[] or a POJO; a batch (List of String) to List/array of String or POJO, or to one JSON array.
 */
final class Converters {

    private Converters() {
    }

    interface Conversion {
        Object apply(Object payload) throws Exception;
    }

    /** A converter for a single body, or empty when the type cannot take one. */
    static Optional<Conversion> single(Type type) {
        if (type == String.class || type == Object.class) {
            return Optional.of(payload -> payload);
        }
        if (type == byte[].class) {
            return Optional.of(payload -> payload == null ? null : ((String) payload).getBytes(StandardCharsets.UTF_8));
        }
        if (!isPojo(type)) {
            return Optional.empty();
        }
        var javaType = Json.mapper().constructType(type);
        return Optional.of(payload -> payload == null ? null : Json.mapper().readValue((String) payload, javaType));
    }

    /** A converter for a batch of bodies, or empty when the type cannot take one. */
    @SuppressWarnings("unchecked")
    static Optional<Conversion> many(Type type) {
        if (type == String.class) {
            return Optional.of(payload -> jsonArray((List<String>) payload));
        }
        if (type == String[].class) {
            return Optional.of(payload -> ((List<String>) payload).toArray(String[]::new));
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
                && (raw == List.class || raw == Collection.class || raw == Iterable.class)) {
            var element = p.getActualTypeArguments()[0];
            if (element == String.class) {
                return Optional.of(payload -> payload);
            }
            return single(element).filter(c -> isPojo(element)).map(each -> payload -> {
                var bodies = (List<String>) payload;
                var items = new ArrayList<>(bodies.size());
                for (var body : bodies) {
                    items.add(each.apply(body));
                }
                return items;
            });
        }
        if (type instanceof Class<?> c && c.isArray() && isPojo(c.getComponentType())) {
            var javaType = Json.mapper().constructType(c.getComponentType());
            return Optional.of(payload -> {
                var bodies = (List<String>) payload;
                var array = Array.newInstance(c.getComponentType(), bodies.size());
                for (int i = 0; i < bodies.size(); i++) {
                    Array.set(array, i, Json.mapper().readValue(bodies.get(i), javaType));
                }
                return array;
            });
        }
        return Optional.empty();
    }

    /** Converts trigger metadata to a {@code @BindingName} parameter's type. */
    static Function<Object, Object> metadata(Type type) {
        if (type == String.class) {
            return value -> value == null || value instanceof String ? value
                    : value instanceof Map || value.getClass().isArray() || value instanceof Collection
                            ? Json.write(value) : String.valueOf(value);
        }
        if (type == Object.class) {
            return value -> value;
        }
        JavaType javaType = Json.mapper().constructType(type);
        var raw = javaType.getRawClass();
        return value -> value == null || raw.isInstance(value) ? value : Json.mapper().convertValue(value, javaType);
    }

    static boolean isPojo(Type type) {
        if (type instanceof GenericArrayType) {
            return false;
        }
        if (type instanceof ParameterizedType p) {
            return p.getRawType() instanceof Class<?> raw && !Collection.class.isAssignableFrom(raw)
                    && !Optional.class.isAssignableFrom(raw);
        }
        return type instanceof Class<?> c && !c.isPrimitive() && !c.isArray() && !c.isInterface()
                && !c.getName().startsWith("java.") && !c.getName().startsWith("com.microsoft.azure.functions.");
    }

    private static String jsonArray(List<String> bodies) throws JsonProcessingException {
        var array = Json.mapper().createArrayNode();
        for (var body : bodies) {
            try {
                array.add(Json.mapper().readTree(body));
            } catch (JsonProcessingException notJson) {
                array.add(body);
            }
        }
        return Json.mapper().writeValueAsString(array);
    }
}
