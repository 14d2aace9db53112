package com.cumulus.commerce.platform.local;

import com.cumulus.commerce.platform.messaging.OutgoingMessage;
import com.cumulus.commerce.platform.messaging.QueueOptions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * The broker's SQL, prepared once on the writer connection and reused for every call: preparing costs about
 * as much as executing these one-row statements. Only used under the database's write lock.
 *
 * <p>A locked message keeps {@code visible_at} at its lock expiry and {@code locked = 1}, so an expired lock
 * makes it deliverable again without any sweep, and a restart can release every lock in one statement.
 */
final class QueueStatements {

    static final String[] SCHEMA = {
        """
        CREATE TABLE IF NOT EXISTS queue_message (
            seq INTEGER PRIMARY KEY,
            entity TEXT NOT NULL,
            message_id TEXT NOT NULL,
            body TEXT NOT NULL,
            content_type TEXT,
            correlation_id TEXT,
            properties TEXT,
            enqueued_at INTEGER NOT NULL,
            visible_at INTEGER NOT NULL,
            delivery_count INTEGER NOT NULL DEFAULT 0,
            locked INTEGER NOT NULL DEFAULT 0,
            dead_letter_reason TEXT,
            dead_letter_description TEXT)""",
        // Sequence numbers come from a ReservedSequence with its ceiling here: AUTOINCREMENT kept them from being
        // reused too, but wrote its sqlite_sequence page on every send.
        "CREATE TABLE IF NOT EXISTS queue_sequence (name TEXT PRIMARY KEY, ceiling INTEGER NOT NULL) WITHOUT ROWID",
        // Walks an entity in sequence order and filters on visible_at from the index alone: draining a backlog
        // reads only the rows it returns, and an empty poll skips locked or scheduled heads without table reads.
        // An index led by visible_at would need a sort of the whole visible backlog on every receive instead.
        "CREATE INDEX IF NOT EXISTS queue_message_delivery ON queue_message(entity, seq, visible_at)",
        """
        CREATE TABLE IF NOT EXISTS queue_dedup (
            entity TEXT NOT NULL,
            message_id TEXT NOT NULL,
            expires_at INTEGER NOT NULL,
            PRIMARY KEY (entity, message_id)) WITHOUT ROWID""",
        // No index on expires_at: it cost a second page on every send. Expired ids are swept in key order instead.
        "DROP INDEX IF EXISTS queue_dedup_expiry",
        """
        CREATE TABLE IF NOT EXISTS queue_options (
            entity TEXT PRIMARY KEY,
            lock_ms INTEGER NOT NULL,
            max_renewal_ms INTEGER NOT NULL,
            max_delivery_count INTEGER NOT NULL,
            dedup_window_ms INTEGER NOT NULL,
            dead_letter_path TEXT)"""
    };

    static final String COLUMNS = """
            seq, entity, message_id, body, content_type, correlation_id, properties, enqueued_at, visible_at,
            delivery_count, locked, dead_letter_reason, dead_letter_description""";

    static final String VISIBLE = """
            SELECT seq, message_id, body, content_type, correlation_id, properties, enqueued_at,
                delivery_count, dead_letter_reason, dead_letter_description
            FROM queue_message INDEXED BY queue_message_delivery
            WHERE entity = ? AND visible_at <= ? ORDER BY seq LIMIT ?""";

    static final String MESSAGE_IDS_AFTER = """
            SELECT entity, message_id, expires_at FROM queue_dedup WHERE (entity, message_id) > (?, ?)
            ORDER BY entity, message_id LIMIT ?""";

    private final Connection connection;
    private final PreparedStatement insert;
    private final PreparedStatement visible;
    private final PreparedStatement lock;
    private final PreparedStatement delete;
    private final PreparedStatement release;
    private final PreparedStatement moveToDeadLetter;
    private final PreparedStatement extendLock;
    private final PreparedStatement recordMessageId;
    private final PreparedStatement messageIdsAfter;
    private final PreparedStatement forgetMessageId;

    QueueStatements(Connection connection) throws SQLException {
        this.connection = connection;
        this.insert = connection.prepareStatement("""
                INSERT INTO queue_message (seq, entity, message_id, body, content_type, correlation_id, properties,
                    enqueued_at, visible_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        this.visible = connection.prepareStatement(VISIBLE);
        this.lock = connection.prepareStatement(
                "UPDATE queue_message SET delivery_count = delivery_count + 1, visible_at = ?, locked = 1 WHERE seq = ?");
        this.delete = connection.prepareStatement("DELETE FROM queue_message WHERE seq = ?");
        this.release = connection.prepareStatement(
                "UPDATE queue_message SET visible_at = ?, locked = 0 WHERE seq = ?");
        this.moveToDeadLetter = connection.prepareStatement("""
                UPDATE queue_message SET entity = ?, visible_at = ?, locked = 0, delivery_count = 0,
                    dead_letter_reason = ?, dead_letter_description = ? WHERE seq = ?""");
        this.extendLock = connection.prepareStatement("UPDATE queue_message SET visible_at = ? WHERE seq = ?");
        // Inserts a first sighting or refreshes an expired one; a live entry makes it change no row: a duplicate.
        this.recordMessageId = connection.prepareStatement("""
                INSERT INTO queue_dedup (entity, message_id, expires_at) VALUES (?, ?, ?)
                ON CONFLICT (entity, message_id) DO UPDATE SET expires_at = excluded.expires_at
                WHERE queue_dedup.expires_at <= ?""");
        this.messageIdsAfter = connection.prepareStatement(MESSAGE_IDS_AFTER);
        this.forgetMessageId = connection.prepareStatement(
                "DELETE FROM queue_dedup WHERE entity = ? AND message_id = ?");
    }

    boolean preparedOn(Connection c) {
        return connection == c;
    }

    void insert(long seq, String entity, OutgoingMessage message, long enqueuedAt, long visibleAt)
            throws SQLException {
        insert.setLong(1, seq);
        insert.setString(2, entity);
        insert.setString(3, message.messageId());
        insert.setString(4, message.body());
        insert.setString(5, message.contentType());
        insert.setString(6, message.correlationId());
        String properties = PropertiesCodec.encode(message.properties());
        if (properties == null) {
            insert.setNull(7, Types.VARCHAR);
        } else {
            insert.setString(7, properties);
        }
        insert.setLong(8, enqueuedAt);
        insert.setLong(9, visibleAt);
        insert.executeUpdate();
    }

    List<StoredMessage> visible(String entity, long now, int limit) throws SQLException {
        visible.setString(1, entity);
        visible.setLong(2, now);
        visible.setInt(3, limit);
        List<StoredMessage> rows = new ArrayList<>(Math.min(limit, 32));
        try (ResultSet rs = visible.executeQuery()) {
            while (rs.next()) {
                rows.add(new StoredMessage(
                        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getLong(7), rs.getInt(8), rs.getString(9), rs.getString(10)));
            }
        }
        return rows;
    }

    void lock(long seq, long until) throws SQLException {
        lock.setLong(1, until);
        lock.setLong(2, seq);
        lock.executeUpdate();
    }

    void delete(long seq) throws SQLException {
        delete.setLong(1, seq);
        delete.executeUpdate();
    }

    void release(long seq, long visibleAt) throws SQLException {
        release.setLong(1, visibleAt);
        release.setLong(2, seq);
        release.executeUpdate();
    }

    void moveToDeadLetter(long seq, String deadLetterEntity, long visibleAt, String reason, String description)
            throws SQLException {
        moveToDeadLetter.setString(1, deadLetterEntity);
        moveToDeadLetter.setLong(2, visibleAt);
        moveToDeadLetter.setString(3, reason);
        moveToDeadLetter.setString(4, description);
        moveToDeadLetter.setLong(5, seq);
        moveToDeadLetter.executeUpdate();
    }

    void extendLock(long seq, long until) throws SQLException {
        extendLock.setLong(1, until);
        extendLock.setLong(2, seq);
        extendLock.executeUpdate();
    }

    /** True when the id was not seen on the entity within the window (and records it); false for a duplicate. */
    boolean recordMessageId(String entity, String messageId, long now, long expiresAt) throws SQLException {
        recordMessageId.setString(1, entity);
        recordMessageId.setString(2, messageId);
        recordMessageId.setLong(3, expiresAt);
        recordMessageId.setLong(4, now);
        return recordMessageId.executeUpdate() > 0;
    }

    /**
     * Forgets the expired ids among the {@code limit} recorded ids after {@code after} in key order, and returns
     * where the next sweep starts: the last id looked at, or {@link DedupKey#FIRST} once the end was reached.
     */
    DedupKey pruneMessageIds(DedupKey after, long now, int limit) throws SQLException {
        messageIdsAfter.setString(1, after.entity());
        messageIdsAfter.setString(2, after.messageId());
        messageIdsAfter.setInt(3, limit);
        List<DedupKey> expired = new ArrayList<>();
        DedupKey last = DedupKey.FIRST;
        int seen = 0;
        try (ResultSet rs = messageIdsAfter.executeQuery()) {
            while (rs.next()) {
                seen++;
                last = new DedupKey(rs.getString(1), rs.getString(2));
                if (rs.getLong(3) <= now) {
                    expired.add(last);
                }
            }
        }
        for (DedupKey key : expired) {
            forgetMessageId.setString(1, key.entity());
            forgetMessageId.setString(2, key.messageId());
            forgetMessageId.executeUpdate();
        }
        return seen < limit ? DedupKey.FIRST : last;
    }

    /** A position in queue_dedup's key order; entity paths are never blank, so FIRST sorts before every row. */
    record DedupKey(String entity, String messageId) {
        static final DedupKey FIRST = new DedupKey("", "");
    }

    /** The highest sequence number that may have been handed out: the stored ceiling or the highest message. */
    static long highestSequenceNumber(Connection c) throws SQLException {
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT max(coalesce((SELECT ceiling FROM queue_sequence WHERE name = 'queue_message'), 0),
                           coalesce((SELECT max(seq) FROM queue_message), 0))""")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void storeSequenceCeiling(Connection c, long ceiling) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                INSERT INTO queue_sequence (name, ceiling) VALUES ('queue_message', ?)
                ON CONFLICT (name) DO UPDATE SET ceiling = excluded.ceiling""")) {
            st.setLong(1, ceiling);
            st.executeUpdate();
        }
    }

    /**
     * Rebuilds a queue_message table created with AUTOINCREMENT (an older file) without it, keeping every
     * message and carrying its sqlite_sequence value over as the ceiling, so no old number comes back.
     */
    static void dropAutoincrement(Connection c) throws SQLException {
        long highest;
        try (var st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT seq FROM sqlite_sequence WHERE name = 'queue_message'")) {
            highest = rs.next() ? rs.getLong(1) : 0;
        }
        SqliteDatabase.execute(c, "ALTER TABLE queue_message RENAME TO queue_message_autoincrement",
                "DROP INDEX IF EXISTS queue_message_delivery");
        SqliteDatabase.execute(c, SCHEMA);
        SqliteDatabase.execute(c,
                "INSERT INTO queue_message (" + COLUMNS + ") SELECT " + COLUMNS + " FROM queue_message_autoincrement",
                "DROP TABLE queue_message_autoincrement");
        storeSequenceCeiling(c, Math.max(highest, highestSequenceNumber(c)));
    }

    static void saveOptions(Connection c, String entity, QueueOptions options) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                INSERT OR REPLACE INTO queue_options
                    (entity, lock_ms, max_renewal_ms, max_delivery_count, dedup_window_ms, dead_letter_path)
                VALUES (?, ?, ?, ?, ?, ?)""")) {
            st.setString(1, entity);
            st.setLong(2, options.lockDuration().toMillis());
            st.setLong(3, options.maxLockRenewal().toMillis());
            st.setInt(4, options.maxDeliveryCount());
            st.setLong(5, options.duplicateDetectionWindow().toMillis());
            st.setString(6, options.deadLetterPath());
            st.executeUpdate();
        }
    }
}
