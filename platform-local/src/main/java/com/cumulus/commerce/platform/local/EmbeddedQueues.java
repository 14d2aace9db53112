package com.cumulus.commerce.platform.local;

import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.messaging.LockLostException;
import com.cumulus.commerce.platform.messaging.OutgoingMessage;
import com.cumulus.commerce.platform.messaging.QueueOptions;
import com.cumulus.commerce.platform.messaging.Queues;
import com.cumulus.commerce.platform.messaging.ReceivedMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Service Bus queues on one SQLite file. Every state change (send, receive with its lock, settle) is one write
 * transaction on the serialised writer, so concurrent receivers can never take the same message, and a message
 * with its delivery count is on disk before the call returns. Locks live in memory ({@link MessageLock}).
 */
final class EmbeddedQueues implements Queues, AutoCloseable {

    private static final String DEAD_LETTER_SUFFIX = "/$DeadLetterQueue";
    private static final long DEDUP_PRUNE_INTERVAL_MS = 60_000;
    /**
     * Every this many recorded ids (or once a minute), a sweep looks at twice as many: a pass over the whole
     * table takes no longer than recording half as many new ids, so the table stays within about twice the ids
     * inside their windows.
     */
    private static final int DEDUP_SWEEP_EVERY = 32;

    private final Arrivals arrivals;
    private final SqliteDatabase db;
    private final Clock clock;
    private final Map<String, QueueOptions> options = new ConcurrentHashMap<>();
    private final Map<Long, MessageLock> locks = new ConcurrentHashMap<>();
    private final UniqueIds lockTokens = new UniqueIds();
    private final ReservedSequence sequenceNumbers;
    private QueueStatements statements;
    private long nextDedupPruneAt;
    private int recordedSinceSweep;
    private QueueStatements.DedupKey sweptUpTo = QueueStatements.DedupKey.FIRST;

    EmbeddedQueues(SqliteDatabase db, Clock clock) {
        this(db, clock, new Arrivals());
    }

    EmbeddedQueues(SqliteDatabase db, Clock clock, Arrivals arrivals) {
        this.arrivals = Objects.requireNonNull(arrivals, "'arrivals' must not be null");
        this.db = Objects.requireNonNull(db, "'db' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
        long now = clock.now().toEpochMilli();
        this.sequenceNumbers = db.write(c -> {
            if (SqliteDatabase.createdWith(c, "queue_message", "AUTOINCREMENT")) {
                QueueStatements.dropAutoincrement(c);
            }
            SqliteDatabase.execute(c, QueueStatements.SCHEMA);
            releaseLocksFromBeforeRestart(c, now);
            loadOptions(c);
            return new ReservedSequence(db, QueueStatements.highestSequenceNumber(c),
                    QueueStatements::storeSequenceCeiling);
        });
    }

    private static void releaseLocksFromBeforeRestart(Connection c, long now) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "UPDATE queue_message SET visible_at = ?, locked = 0 WHERE locked = 1")) {
            st.setLong(1, now);
            st.executeUpdate();
        }
    }

    private void loadOptions(Connection c) throws SQLException {
        try (var st = c.createStatement();
             ResultSet rs = st.executeQuery("""
                     SELECT entity, lock_ms, max_renewal_ms, max_delivery_count, dedup_window_ms, dead_letter_path
                     FROM queue_options""")) {
            while (rs.next()) {
                options.put(rs.getString(1), new QueueOptions(
                        Duration.ofMillis(rs.getLong(2)), Duration.ofMillis(rs.getLong(3)), rs.getInt(4),
                        Duration.ofMillis(rs.getLong(5)), rs.getString(6)));
            }
        }
    }

    @Override
    public void configure(String entityPath, QueueOptions queueOptions) {
        requireEntity(entityPath);
        Objects.requireNonNull(queueOptions, "'options' must not be null");
        db.write(c -> {
            QueueStatements.saveOptions(c, entityPath, queueOptions);
            return null;
        });
        options.put(entityPath, queueOptions);
    }

    @Override
    public QueueOptions options(String entityPath) {
        requireEntity(entityPath);
        QueueOptions configured = options.get(entityPath);
        return configured != null ? configured : QueueOptions.serviceBusDefaults();
    }

    @Override
    public void send(String entityPath, OutgoingMessage message) {
        requireSendable(entityPath);
        Objects.requireNonNull(message, "'message' must not be null");
        fanOut(entityPath, message, () -> List.of(entityPath));
    }

    /**
     * Checks the message id against {@code dedupEntity}'s window, then enqueues a copy on every entity that
     * {@code targets} names, all in one transaction; targets are resolved under the write lock so that they
     * are consistent with other writes (a subscription created concurrently either gets the message or not).
     */
    void fanOut(String dedupEntity, OutgoingMessage message, Supplier<Collection<String>> targets) {
        Duration window = options(dedupEntity).duplicateDetectionWindow();
        Collection<String> delivered = db.write(c -> {
            QueueStatements s = statements(c);
            Instant now = clock.now();
            long nowMs = now.toEpochMilli();
            if (!window.isZero() && !firstSighting(s, dedupEntity, message.messageId(), nowMs, window)) {
                return List.<String>of();
            }
            long visibleAt = message.scheduledEnqueueTime() == null
                    ? nowMs : Math.max(nowMs, ceilMillis(message.scheduledEnqueueTime()));
            Collection<String> entities = targets.get();
            for (String entity : entities) {
                s.insert(sequenceNumbers.next(c), entity, message, nowMs, visibleAt);
            }
            return entities;
        });
        delivered.forEach(arrivals::arrived);
    }

    /** Where the receivers of each entity are told of new messages. */
    Arrivals arrivals() {
        return arrivals;
    }

    private boolean firstSighting(QueueStatements s, String entity, String messageId, long now, Duration window)
            throws SQLException {
        if (++recordedSinceSweep >= DEDUP_SWEEP_EVERY || now >= nextDedupPruneAt) {
            sweptUpTo = s.pruneMessageIds(sweptUpTo, now, 2 * DEDUP_SWEEP_EVERY);
            recordedSinceSweep = 0;
            nextDedupPruneAt = now + DEDUP_PRUNE_INTERVAL_MS;
        }
        return s.recordMessageId(entity, messageId, now, now + window.toMillis());
    }

    @Override
    public List<ReceivedMessage> receive(String entityPath, int maxMessages) {
        requireEntity(entityPath);
        if (maxMessages < 1) {
            throw new IllegalArgumentException("'maxMessages' must be at least 1");
        }
        QueueOptions entityOptions = options(entityPath);
        boolean deadLetterEntity = isDeadLetterEntity(entityPath);
        return db.write(c -> {
            QueueStatements s = statements(c);
            Instant now = clock.now();
            long nowMs = now.toEpochMilli();
            Instant lockedUntil = now.plus(entityOptions.lockDuration()).truncatedTo(ChronoUnit.MILLIS);
            List<ReceivedMessage> received = new ArrayList<>();
            boolean movedAny = true;
            while (received.size() < maxMessages && movedAny) {
                movedAny = false;
                for (StoredMessage m : s.visible(entityPath, nowMs, maxMessages - received.size())) {
                    if (!deadLetterEntity && m.deliveryCount() >= entityOptions.maxDeliveryCount()) {
                        // its last lock expired on the final allowed delivery
                        deadLetterExhausted(s, entityPath, entityOptions, m.sequenceNumber(), nowMs);
                        movedAny = true;
                    } else {
                        received.add(lock(s, entityPath, m, now, lockedUntil));
                    }
                }
            }
            return received;
        });
    }

    private ReceivedMessage lock(QueueStatements s, String entity, StoredMessage m, Instant now, Instant until)
            throws SQLException {
        s.lock(m.sequenceNumber(), until.toEpochMilli());
        int deliveryCount = m.deliveryCount() + 1;
        String token = lockTokens.next();
        locks.put(m.sequenceNumber(), new MessageLock(entity, token, until, now, deliveryCount));
        return new ReceivedMessage(entity, m.messageId(), m.body(), m.contentType(), m.correlationId(),
                PropertiesCodec.decode(m.properties()), m.sequenceNumber(), deliveryCount,
                Instant.ofEpochMilli(m.enqueuedAt()), token, until, m.deadLetterReason(),
                m.deadLetterDescription());
    }

    @Override
    public void complete(ReceivedMessage message) {
        settle(message, (s, lock, now) -> s.delete(message.sequenceNumber()));
    }

    @Override
    public void abandon(ReceivedMessage message) {
        QueueOptions entityOptions = options(message.entityPath());
        settle(message, (s, lock, now) -> {
            if (!isDeadLetterEntity(message.entityPath()) && lock.deliveryCount() >= entityOptions.maxDeliveryCount()) {
                deadLetterExhausted(s, message.entityPath(), entityOptions, message.sequenceNumber(), now);
            } else {
                s.release(message.sequenceNumber(), now);
            }
        });
    }

    @Override
    public void deadLetter(ReceivedMessage message, String reason, String description) {
        Objects.requireNonNull(message, "'message' must not be null");
        if (isDeadLetterEntity(message.entityPath())) {
            throw new IllegalStateException("a message on a dead-letter entity cannot be dead-lettered again");
        }
        String target = deadLetterTarget(message.entityPath(), options(message.entityPath()));
        settle(message, (s, lock, now) ->
                s.moveToDeadLetter(message.sequenceNumber(), target, now, reason, description));
    }

    @Override
    public Instant renewLock(ReceivedMessage message) {
        requireReceived(message);
        QueueOptions entityOptions = options(message.entityPath());
        return db.write(c -> {
            QueueStatements s = statements(c);
            Instant now = clock.now();
            MessageLock lock = heldLock(message, now);
            Instant cap = lock.firstLockedAt().plus(entityOptions.maxLockRenewal());
            Instant wanted = now.plus(entityOptions.lockDuration());
            Instant until = (wanted.isAfter(cap) ? cap : wanted).truncatedTo(ChronoUnit.MILLIS);
            if (!until.isAfter(lock.lockedUntil())) {
                return lock.lockedUntil();
            }
            s.extendLock(message.sequenceNumber(), until.toEpochMilli());
            locks.put(message.sequenceNumber(), lock.renewedUntil(until));
            return until;
        });
    }

    @Override
    public long count(String entityPath) {
        requireEntity(entityPath);
        return db.count("SELECT count(*) FROM queue_message WHERE entity = ?", entityPath);
    }

    /** The database that also holds the topics' subscriptions. */
    SqliteDatabase database() {
        return db;
    }

    @Override
    public void close() {
        db.close();
    }

    private void settle(ReceivedMessage message, Settlement settlement) {
        requireReceived(message);
        db.write(c -> {
            QueueStatements s = statements(c);
            Instant now = clock.now();
            MessageLock lock = heldLock(message, now);
            settlement.apply(s, lock, now.toEpochMilli());
            locks.remove(message.sequenceNumber());
            return null;
        });
        arrivals.arrived(message.entityPath()); // an abandoned message is there to receive again
    }

    private MessageLock heldLock(ReceivedMessage message, Instant now) {
        MessageLock lock = locks.get(message.sequenceNumber());
        if (lock == null || !lock.heldBy(message.entityPath(), message.lockToken(), now)) {
            throw new LockLostException("the lock on message '" + message.messageId() + "' of '"
                    + message.entityPath() + "' has expired or was lost in a restart");
        }
        return lock;
    }

    private void deadLetterExhausted(QueueStatements s, String entity, QueueOptions entityOptions, long seq,
            long now) throws SQLException {
        locks.remove(seq);
        s.moveToDeadLetter(seq, deadLetterTarget(entity, entityOptions), now, MAX_DELIVERY_COUNT_EXCEEDED,
                "Message could not be consumed after " + entityOptions.maxDeliveryCount() + " delivery attempts.");
    }

    private QueueStatements statements(Connection c) throws SQLException {
        if (statements == null || !statements.preparedOn(c)) {
            statements = new QueueStatements(c);
        }
        return statements;
    }

    private static String deadLetterTarget(String entity, QueueOptions entityOptions) {
        return entityOptions.deadLetterPath() != null ? entityOptions.deadLetterPath() : Queues.deadLetterPath(entity);
    }

    private static boolean isDeadLetterEntity(String entityPath) {
        return entityPath.endsWith(DEAD_LETTER_SUFFIX);
    }

    private static long ceilMillis(Instant instant) {
        long millis = instant.toEpochMilli();
        return instant.getNano() % 1_000_000 == 0 ? millis : millis + 1;
    }

    private static void requireEntity(String entityPath) {
        if (entityPath == null || entityPath.isBlank()) {
            throw new IllegalArgumentException("'entityPath' must not be blank");
        }
    }

    private static void requireSendable(String entityPath) {
        requireEntity(entityPath);
        if (isDeadLetterEntity(entityPath)) {
            throw new IllegalArgumentException("'entityPath' must not be a dead-letter entity: messages get there"
                    + " only by dead-lettering");
        }
    }

    private static void requireReceived(ReceivedMessage message) {
        Objects.requireNonNull(message, "'message' must not be null");
        if (message.lockToken() == null) {
            throw new IllegalArgumentException("'message' has no lock token");
        }
    }

    @FunctionalInterface
    private interface Settlement {
        void apply(QueueStatements statements, MessageLock lock, long now) throws SQLException;
    }
}
