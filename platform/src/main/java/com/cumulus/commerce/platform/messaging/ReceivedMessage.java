package com.cumulus.commerce.platform.messaging;

import java.time.Instant;
import java.util.Map;

/**
 * A locked message. {@code deliveryCount} counts this delivery (1 on the first). On a dead-letter entity
 * {@code deadLetterReason} and {@code deadLetterDescription} say why it is there.
 */
public record ReceivedMessage(
        String entityPath,
        String messageId,
        String body,
        String contentType,
        String correlationId,
        Map<String, String> properties,
        long sequenceNumber,
        int deliveryCount,
        Instant enqueuedTime,
        String lockToken,
        Instant lockedUntil,
        String deadLetterReason,
        String deadLetterDescription) {

    public ReceivedMessage {
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }
}
