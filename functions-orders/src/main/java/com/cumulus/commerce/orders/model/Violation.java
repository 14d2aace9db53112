package com.cumulus.commerce.orders.model;

import java.util.Objects;

/** One rule a request breaks, named by the field that breaks it. */
public record Violation(String field, String message) {

    public Violation {
        Objects.requireNonNull(field, "'field' must not be null");
        Objects.requireNonNull(message, "'message' must not be null");
    }

    @Override
    public String toString() {
        return field + " " + message;
    }
}
