package com.cumulus.commerce.devhost.functions;

import com.cumulus.commerce.platform.http.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Reads a request body as the {@code T} of the function's {@code HttpRequestMessage<T>}; chosen at start-up. */
@FunctionalInterface
interface HttpBodyReader {

    /** @throws IllegalArgumentException when the body does not parse as the POJO type (a 400 for the caller) */
    Object read(byte[] body);

    static HttpBodyReader forType(Type type) {
        if (type == byte[].class) {
            return body -> body.length == 0 ? null : body;
        }
        if (type instanceof ParameterizedType p && p.getRawType() == Optional.class) {
            var inner = p.getActualTypeArguments()[0];
            var reader = forType(inner);
            return body -> Optional.ofNullable(reader.read(body));
        }
        if (!Converters.isPojo(type)) {
            return body -> body.length == 0 ? null : new String(body, StandardCharsets.UTF_8);
        }
        var javaType = Json.mapper().constructType(type);
        var typeName = javaType.getRawClass().getSimpleName();
        return body -> {
            if (body.length == 0) {
                return null;
            }
            try {
                return Json.mapper().readValue(body, javaType);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("the request body is not a valid " + typeName + ": "
                        + e.getOriginalMessage(), e);
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException("the request body could not be read", e);
            }
        };
    }
}
