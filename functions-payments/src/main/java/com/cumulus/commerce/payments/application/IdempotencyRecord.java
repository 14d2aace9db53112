package com.cumulus.commerce.payments.application;

import java.time.Instant;
import java.util.Objects;

/**
 * One caller's use of one {@code Idempotency-Key}: the hash of the request it came with, and the response once
 * the first request finished ({@code response} null while it is still running). {@code etag} is the store's.
 */
public record IdempotencyRecord(String requestHash, StoredResponse response, Instant expiresAt, String etag) {

    public IdempotencyRecord {
        Objects.requireNonNull(requestHash, "'requestHash' must not be null");
        Objects.requireNonNull(expiresAt, "'expiresAt' must not be null");
    }
}
