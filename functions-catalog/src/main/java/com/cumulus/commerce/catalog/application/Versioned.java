package com.cumulus.commerce.catalog.application;

import java.util.Objects;

/** A stored value and the opaque version tag (ETag) of the write that stored it. */
public record Versioned<T>(T value, String etag) {

    public Versioned {
        Objects.requireNonNull(value, "'value' must not be null");
        if (etag == null || etag.isBlank()) {
            throw new IllegalArgumentException("'etag' must not be blank");
        }
    }
}
