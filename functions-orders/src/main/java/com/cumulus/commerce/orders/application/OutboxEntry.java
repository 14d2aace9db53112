package com.cumulus.commerce.orders.application;

import java.util.Objects;

/**
 * An event waiting in the outbox: the stored document's address, and the CloudEvent to publish.
 *
 * @param traceparent the W3C trace context to carry, or null
 */
public record OutboxEntry(String partitionKey, String documentId, String eventId, String type, String cloudEvent,
                          String traceparent) {

    public OutboxEntry {
        Objects.requireNonNull(partitionKey, "'partitionKey' must not be null");
        Objects.requireNonNull(documentId, "'documentId' must not be null");
        Objects.requireNonNull(eventId, "'eventId' must not be null");
        Objects.requireNonNull(type, "'type' must not be null");
        Objects.requireNonNull(cloudEvent, "'cloudEvent' must not be null");
    }
}
