package com.cumulus.commerce.orders.application;

import java.util.Objects;

/**
 * An HTTP answer as an idempotency record keeps it, to replay it to a retry.
 *
 * @param location the {@code Location} header, or null
 */
public record StoredResponse(int status, String location, String body) {

    public StoredResponse {
        if (status < 200 || status > 599) {
            throw new IllegalArgumentException("'status' must be an HTTP status");
        }
        Objects.requireNonNull(body, "'body' must not be null");
    }

    /** Only a success is kept: a refused request frees its key, so the client can fix the cause and retry. */
    public boolean worthKeeping() {
        return status < 300;
    }
}
