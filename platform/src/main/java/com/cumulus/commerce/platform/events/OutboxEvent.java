package com.cumulus.commerce.platform.events;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * An event for the outbox: the CloudEvent exactly as it will be published (so a republish sends the very same
 * bytes), with the members the relay needs without parsing it, and the W3C trace context to carry (or null).
 */
public record OutboxEvent(String eventId, String type, String subject, String cloudEvent, String traceparent) {

    public OutboxEvent {
        Objects.requireNonNull(eventId, "'eventId' must not be null");
        Objects.requireNonNull(type, "'type' must not be null");
        Objects.requireNonNull(subject, "'subject' must not be null");
        Objects.requireNonNull(cloudEvent, "'cloudEvent' must not be null");
    }

    /** The event as a CloudEvents 1.0 JSON envelope around {@code dataJson}. */
    public static OutboxEvent of(String eventId, String type, URI source, String subject, Instant time,
            String dataJson, String traceparent) {
        return new OutboxEvent(eventId, type, subject,
                EventEnvelope.wrap(eventId, type, source, subject, time, dataJson), traceparent);
    }
}
