package com.cumulus.commerce.platform.streams;

import java.util.Map;
import java.util.Objects;

/** An event to append; a null partition key lets the stream spread events round-robin. */
public record EventData(String partitionKey, String body, Map<String, String> properties) {

    public EventData {
        Objects.requireNonNull(body, "'body' must not be null");
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    public static EventData of(String partitionKey, String body) {
        return new EventData(partitionKey, body, Map.of());
    }
}
