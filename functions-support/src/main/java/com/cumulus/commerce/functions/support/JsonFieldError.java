package com.cumulus.commerce.functions.support;

import java.util.Objects;

/**
 * The field a request body got wrong and what is wrong with it, read from Jackson's failure. Each app turns it
 * into its own violation type, since they word and render violations differently.
 */
public record JsonFieldError(String field, String message) {

    public JsonFieldError {
        Objects.requireNonNull(field, "'field' must not be null");
        Objects.requireNonNull(message, "'message' must not be null");
    }
}
