package com.cumulus.commerce.platform.local;

/** A queue row as read inside the receive transaction; times in epoch milliseconds. */
record StoredMessage(
        long sequenceNumber,
        String messageId,
        String body,
        String contentType,
        String correlationId,
        String properties,
        long enqueuedAt,
        int deliveryCount,
        String deadLetterReason,
        String deadLetterDescription) {
}
