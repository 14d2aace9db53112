package com.cumulus.commerce.catalog.adapters;

import com.cumulus.commerce.platform.http.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;

/** Reads and writes the catalog's stored documents; a document that cannot be read is a bug, not input. */
final class DocumentJson {

    private DocumentJson() {
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return Json.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("stored " + type.getSimpleName() + " is unreadable", e);
        }
    }

    static String write(Object document) {
        return Json.write(document);
    }
}
