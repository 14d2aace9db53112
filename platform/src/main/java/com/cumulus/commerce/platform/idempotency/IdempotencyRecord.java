package com.cumulus.commerce.platform.idempotency;

import java.time.Instant;
import java.util.Objects;

/**
 * One caller's use of one key: the fingerprint of the request it came with, when that request started, when the
 * record expires, which process instance runs it ({@code holder}, null when unknown) and its answer once it
 * finished ({@code response} null while it is in flight). {@code etag} is the store's, null on a record not yet
 * stored.
 */
public record IdempotencyRecord(String fingerprint, StoredResponse response, Instant startedAt, Instant expiresAt,
                                String holder, String etag) {

    public IdempotencyRecord {
        Objects.requireNonNull(fingerprint, "'fingerprint' must not be null");
        Objects.requireNonNull(startedAt, "'startedAt' must not be null");
        Objects.requireNonNull(expiresAt, "'expiresAt' must not be null");
    }

    public boolean inFlight() {
        return response == null;
    }
}
