package com.cumulus.commerce.platform.messaging;

import java.time.Duration;
import java.util.Objects;

/**
 * Per-entity delivery settings. {@code deadLetterPath} null means the entity's {@code /$DeadLetterQueue}.
 */
public record QueueOptions(
        Duration lockDuration,
        Duration maxLockRenewal,
        int maxDeliveryCount,
        Duration duplicateDetectionWindow,
        String deadLetterPath) {

    public QueueOptions {
        Objects.requireNonNull(lockDuration, "'lockDuration' must not be null");
        Objects.requireNonNull(maxLockRenewal, "'maxLockRenewal' must not be null");
        Objects.requireNonNull(duplicateDetectionWindow, "'duplicateDetectionWindow' must not be null");
        if (maxDeliveryCount < 1) {
            throw new IllegalArgumentException("'maxDeliveryCount' must be at least 1");
        }
    }

    /** Service Bus: 60 s lock renewable to 5 min, 10 deliveries, 10 min duplicate detection. */
    public static QueueOptions serviceBusDefaults() {
        return new QueueOptions(Duration.ofSeconds(60), Duration.ofMinutes(5), 10, Duration.ofMinutes(10), null);
    }

    /** Storage queues: 30 s visibility timeout, 5 dequeues then {@code <queue>-poison}, no duplicate detection. */
    public static QueueOptions storageQueue(String queueName) {
        return new QueueOptions(Duration.ofSeconds(30), Duration.ofDays(7), 5, Duration.ZERO, queueName + "-poison");
    }

    public QueueOptions withLockDuration(Duration lock) {
        return new QueueOptions(lock, maxLockRenewal, maxDeliveryCount, duplicateDetectionWindow, deadLetterPath);
    }

    public QueueOptions withMaxDeliveryCount(int count) {
        return new QueueOptions(lockDuration, maxLockRenewal, count, duplicateDetectionWindow, deadLetterPath);
    }
}
