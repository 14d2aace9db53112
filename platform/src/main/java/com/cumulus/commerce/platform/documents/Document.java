package com.cumulus.commerce.platform.documents;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored document. {@code json} is the object as written; {@code lsn} is the container's logical sequence
 * number of its last write, assigned in commit order.
 */
public record Document(String partitionKey, String id, String json, String etag, long lsn, Instant timestamp) {

    public Document {
        Objects.requireNonNull(partitionKey, "'partitionKey' must not be null");
        Objects.requireNonNull(id, "'id' must not be null");
        Objects.requireNonNull(json, "'json' must not be null");
        Objects.requireNonNull(etag, "'etag' must not be null");
        Objects.requireNonNull(timestamp, "'timestamp' must not be null");
    }
}
