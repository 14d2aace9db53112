package com.cumulus.commerce.platform.streams;

import java.time.Instant;
import java.util.Map;

/** An event read back; sequence numbers rise by one per event within a partition, from 1. */
public record ReceivedEvent(
        String stream,
        int partition,
        long sequenceNumber,
        Instant enqueuedTime,
        String partitionKey,
        String body,
        Map<String, String> properties) {

    public ReceivedEvent {
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }
}
