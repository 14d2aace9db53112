package com.cumulus.commerce.platform.tables;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A table row. Property values are strings, numbers or booleans. {@code etag} and {@code timestamp} are set
 * by the table and ignored on writes.
 */
public record TableEntity(String partitionKey, String rowKey, Map<String, Object> properties, String etag, Instant timestamp) {

    public TableEntity {
        Objects.requireNonNull(partitionKey, "'partitionKey' must not be null");
        Objects.requireNonNull(rowKey, "'rowKey' must not be null");
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    public static TableEntity of(String partitionKey, String rowKey, Map<String, Object> properties) {
        return new TableEntity(partitionKey, rowKey, properties, null, null);
    }
}
