package com.cumulus.commerce.platform.kernel;

import java.util.Objects;

/** One broken rule of a proposed value, named by the field (a dotted path) that breaks it. */
public record Violation(String field, String message) {

    public Violation {
        Objects.requireNonNull(field, "'field' must not be null");
        Objects.requireNonNull(message, "'message' must not be null");
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
