package com.cumulus.commerce.devhost.triggers;

import com.cumulus.commerce.platform.messaging.LockLostException;
import com.cumulus.commerce.platform.messaging.OutgoingMessage;
import com.cumulus.commerce.platform.messaging.QueueOptions;
import com.cumulus.commerce.platform.messaging.Queues;
import com.cumulus.commerce.platform.messaging.ReceivedMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Peek-lock queues in memory with the port's semantics, simplified: locks expire on the wall clock, an abandon or
 * an expired lock past the maximum delivery count dead-letters, no duplicate detection or scheduling.
 */
final class InMemoryQueues implements Queues {

    private final Map<String, QueueOptions> options = new HashMap<>();
    private final Map<String, List<Stored>> entities = new HashMap<>();
    private final Map<String, Integer> renewals = new HashMap<>();
    final List<String> completed = new CopyOnWriteArrayList<>();
    final List<String> abandoned = new CopyOnWriteArrayList<>();
    private long sequence;

    private static final class Stored {
        final OutgoingMessage message;
        final long sequenceNumber;
        int deliveryCount;
        String lockToken;
        Instant lockedUntil;
        Instant lockedSince;
        String deadLetterReason;

        Stored(OutgoingMessage message, long sequenceNumber) {
            this.message = message;
            this.sequenceNumber = sequenceNumber;
        }
    }

    @Override
    public synchronized void configure(String entityPath, QueueOptions queueOptions) {
        options.put(entityPath, queueOptions);
    }

    @Override
    public synchronized QueueOptions options(String entityPath) {
        return options.getOrDefault(entityPath, QueueOptions.serviceBusDefaults());
    }

    @Override
    public synchronized void send(String entityPath, OutgoingMessage message) {
        entity(entityPath).add(new Stored(message, ++sequence));
    }

    @Override
    public synchronized List<ReceivedMessage> receive(String entityPath, int maxMessages) {
        Instant now = Instant.now();
        List<ReceivedMessage> received = new ArrayList<>();
        List<Stored> stored = entity(entityPath);
        for (Stored s : new ArrayList<>(stored)) {
            if (s.lockToken != null && s.lockedUntil.isBefore(now)) {
                release(entityPath, s);
            }
        }
        for (Stored s : stored) {
            if (received.size() == maxMessages) {
                break;
            }
            if (s.lockToken == null) {
                s.deliveryCount++;
                s.lockToken = UUID.randomUUID().toString();
                s.lockedSince = now;
                s.lockedUntil = now.plus(options(entityPath).lockDuration());
                received.add(toReceived(entityPath, s));
            }
        }
        return received;
    }

    @Override
    public synchronized void complete(ReceivedMessage message) {
        entity(message.entityPath()).remove(locked(message));
        completed.add(message.messageId());
    }

    @Override
    public synchronized void abandon(ReceivedMessage message) {
        release(message.entityPath(), locked(message));
        abandoned.add(message.messageId());
    }

    @Override
    public synchronized void deadLetter(ReceivedMessage message, String reason, String description) {
        moveToDeadLetter(message.entityPath(), locked(message), reason);
    }

    @Override
    public synchronized Instant renewLock(ReceivedMessage message) {
        Stored s = locked(message);
        QueueOptions entityOptions = options(message.entityPath());
        Instant cap = s.lockedSince.plus(entityOptions.maxLockRenewal());
        Instant renewed = Instant.now().plus(entityOptions.lockDuration());
        s.lockedUntil = renewed.isAfter(cap) ? cap : renewed;
        renewals.merge(message.messageId(), 1, Integer::sum);
        return s.lockedUntil;
    }

    @Override
    public synchronized long count(String entityPath) {
        return entity(entityPath).size();
    }

    synchronized int renewals(String messageId) {
        return renewals.getOrDefault(messageId, 0);
    }

    /** Message ids and dead-letter reasons in an entity, in order. */
    synchronized List<String> describe(String entityPath) {
        return entity(entityPath).stream()
                .map(s -> s.message.messageId() + (s.deadLetterReason == null ? "" : ":" + s.deadLetterReason))
                .toList();
    }

    private List<Stored> entity(String entityPath) {
        return entities.computeIfAbsent(entityPath, k -> new ArrayList<>());
    }

    private Stored locked(ReceivedMessage message) {
        Instant now = Instant.now();
        for (Stored s : entity(message.entityPath())) {
            if (message.lockToken().equals(s.lockToken) && !s.lockedUntil.isBefore(now)) {
                return s;
            }
        }
        throw new LockLostException("lock on " + message.messageId() + " is not held");
    }

    private void release(String entityPath, Stored s) {
        s.lockToken = null;
        if (s.deliveryCount >= options(entityPath).maxDeliveryCount()) {
            moveToDeadLetter(entityPath, s, MAX_DELIVERY_COUNT_EXCEEDED);
        }
    }

    private void moveToDeadLetter(String entityPath, Stored s, String reason) {
        for (Iterator<Stored> it = entity(entityPath).iterator(); it.hasNext(); ) {
            if (it.next() == s) {
                it.remove();
            }
        }
        String path = options(entityPath).deadLetterPath() == null
                ? Queues.deadLetterPath(entityPath) : options(entityPath).deadLetterPath();
        s.lockToken = null;
        s.deadLetterReason = reason;
        entity(path).add(s);
    }

    private static ReceivedMessage toReceived(String entityPath, Stored s) {
        OutgoingMessage m = s.message;
        return new ReceivedMessage(entityPath, m.messageId(), m.body(), m.contentType(), m.correlationId(),
                m.properties(), s.sequenceNumber, s.deliveryCount, Instant.now(), s.lockToken, s.lockedUntil,
                s.deadLetterReason, null);
    }
}
