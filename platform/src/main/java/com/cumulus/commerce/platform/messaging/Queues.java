package com.cumulus.commerce.platform.messaging;

import java.time.Instant;
import java.util.List;

/**
 * A message broker's queues with Service Bus semantics: peek-lock receive; complete, abandon or dead-letter
 * by lock token; a lock that expires, or an abandon, makes the message deliverable again with its delivery
 * count kept; past {@link QueueOptions#maxDeliveryCount()} deliveries it moves to the dead-letter entity with
 * reason {@value #MAX_DELIVERY_COUNT_EXCEEDED}; a second send of a message id inside the duplicate-detection
 * window is dropped; a scheduled message is invisible until its time.
 *
 * <p>Entity paths are queue names or {@link Topics#subscriptionPath subscription paths}; an entity that was
 * never configured has {@link QueueOptions#serviceBusDefaults()}.
 */
public interface Queues {

    String MAX_DELIVERY_COUNT_EXCEEDED = "MaxDeliveryCountExceeded";
    String LOCK_LOST = "MessageLockLost";

    /** Sets the entity's options (idempotent); applies to messages received from then on. */
    void configure(String entityPath, QueueOptions options);

    QueueOptions options(String entityPath);

    /** Enqueues, or drops it as a duplicate of a message id seen within the window. Durable on return. */
    void send(String entityPath, OutgoingMessage message);

    /** Up to {@code maxMessages} deliverable messages, locked to the caller; empty when there are none. */
    List<ReceivedMessage> receive(String entityPath, int maxMessages);

    /** Removes the message. @throws LockLostException when the lock has expired or is unknown */
    void complete(ReceivedMessage message);

    /** Releases the lock now; the delivery counts. @throws LockLostException as for complete */
    void abandon(ReceivedMessage message);

    /** Moves the message to the dead-letter entity. @throws LockLostException as for complete */
    void deadLetter(ReceivedMessage message, String reason, String description);

    /** Extends the lock by the entity's lock duration, never past the maximum lock renewal. */
    Instant renewLock(ReceivedMessage message);

    /** Messages waiting (visible or scheduled or locked), for health pages and tests. */
    long count(String entityPath);

    /** The dead-letter entity path of an entity. */
    static String deadLetterPath(String entityPath) {
        return entityPath + "/$DeadLetterQueue";
    }
}
