package com.cumulus.commerce.platform.events;

import java.util.Objects;

/**
 * One way a JSON value breaks its schema.
 *
 * @param path    where in the value, as an RFC 6901 JSON Pointer: {@code ""} is the value itself,
 *                {@code /lines/0/sku} the sku of the first line
 * @param keyword the schema keyword that failed: {@code required}, {@code type}, {@code additionalProperties},
 *                {@code format}, {@code pattern}, ...
 * @param message what is wrong, in words; it may quote the offending value, so keep it out of logs for data
 *                that can carry personal data
 */
public record SchemaViolation(String path, String keyword, String message) {

    public SchemaViolation {
        Objects.requireNonNull(path, "'path' must not be null");
        Objects.requireNonNull(keyword, "'keyword' must not be null");
        Objects.requireNonNull(message, "'message' must not be null");
    }
}
