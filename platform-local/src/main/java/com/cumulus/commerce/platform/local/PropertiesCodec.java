package com.cumulus.commerce.platform.local;

import com.cumulus.commerce.platform.http.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.UncheckedIOException;
import java.util.Map;

/** Application properties as one JSON column; most messages have none, so those store NULL and skip Jackson. */
final class PropertiesCodec {

    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {
    };

    private PropertiesCodec() {
    }

    static String encode(Map<String, String> properties) {
        return properties.isEmpty() ? null : Json.write(properties);
    }

    static Map<String, String> decode(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            return Json.mapper().readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
