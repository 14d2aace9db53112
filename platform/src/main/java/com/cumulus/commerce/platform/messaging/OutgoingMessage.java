package com.cumulus.commerce.platform.messaging;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A message to send. {@code scheduledEnqueueTime} null means now; {@code properties} are application
 * properties (W3C {@code traceparent} travels there).
 */
public record OutgoingMessage(
        String messageId,
        String body,
        String contentType,
        String correlationId,
        Map<String, String> properties,
        Instant scheduledEnqueueTime) {

    public OutgoingMessage {
        if (messageId == null || messageId.isBlank()) {
            throw new IllegalArgumentException("'messageId' must not be blank");
        }
        Objects.requireNonNull(body, "'body' must not be null");
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    public static OutgoingMessage of(String body) {
        return new OutgoingMessage(UUID.randomUUID().toString(), body, "application/json", null, Map.of(), null);
    }

    public static OutgoingMessage of(String messageId, String body) {
        return new OutgoingMessage(messageId, body, "application/json", null, Map.of(), null);
    }

    public OutgoingMessage scheduledAt(Instant when) {
        return new OutgoingMessage(messageId, body, contentType, correlationId, properties, when);
    }

    public OutgoingMessage withProperties(Map<String, String> props) {
        return new OutgoingMessage(messageId, body, contentType, correlationId, props, scheduledEnqueueTime);
    }
}
