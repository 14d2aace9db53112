package com.cumulus.commerce.platform.local;

import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.streams.EventData;
import com.cumulus.commerce.platform.streams.EventStreams;
import com.cumulus.commerce.platform.streams.ReceivedEvent;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;

/**
 * Event Hubs on one SQLite file: each partition is a run of rows keyed by (stream, partition, sequence), the
 * sequence number taken as max + 1 inside the append's write transaction, so numbers follow commit order with
 * no gaps and a reader never sees a later number before an earlier one.
 */
final class EmbeddedEventStreams implements EventStreams, AutoCloseable {

    private static final String[] SCHEMA = {
        "CREATE TABLE IF NOT EXISTS stream (name TEXT PRIMARY KEY, partitions INTEGER NOT NULL)",
        """
        CREATE TABLE IF NOT EXISTS stream_event (
            stream TEXT NOT NULL,
            partition INTEGER NOT NULL,
            seq INTEGER NOT NULL,
            enqueued_at INTEGER NOT NULL,
            partition_key TEXT,
            body TEXT NOT NULL,
            properties TEXT,
            PRIMARY KEY (stream, partition, seq)) WITHOUT ROWID""",
        """
        CREATE TABLE IF NOT EXISTS stream_checkpoint (
            stream TEXT NOT NULL,
            consumer_group TEXT NOT NULL,
            partition INTEGER NOT NULL,
            seq INTEGER NOT NULL,
            PRIMARY KEY (stream, consumer_group, partition)) WITHOUT ROWID"""
    };

    private final SqliteDatabase db;
    private final Clock clock;
    private final Map<String, Integer> partitionCounts = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> roundRobin = new ConcurrentHashMap<>();
    private AppendStatements appendStatements;

    EmbeddedEventStreams(SqliteDatabase db, Clock clock) {
        this.db = Objects.requireNonNull(db, "'db' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
        db.write(c -> {
            SqliteDatabase.execute(c, SCHEMA);
            try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT name, partitions FROM stream")) {
                while (rs.next()) {
                    partitionCounts.put(rs.getString(1), rs.getInt(2));
                }
            }
            return null;
        });
    }

    @Override
    public int create(String stream, int partitions) {
        requireName(stream, "stream");
        if (partitions < 1) {
            throw new IllegalArgumentException("'partitions' must be at least 1");
        }
        Integer existing = partitionCounts.get(stream);
        if (existing != null) {
            return existing;
        }
        int count = db.write(c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT OR IGNORE INTO stream (name, partitions) VALUES (?, ?)");
                 PreparedStatement select = c.prepareStatement("SELECT partitions FROM stream WHERE name = ?")) {
                insert.setString(1, stream);
                insert.setInt(2, partitions);
                insert.executeUpdate();
                select.setString(1, stream);
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
        partitionCounts.put(stream, count);
        return count;
    }

    @Override
    public int partitionCount(String stream) {
        requireName(stream, "stream");
        Integer count = partitionCounts.get(stream);
        return count != null ? count : create(stream, DEFAULT_PARTITIONS);
    }

    @Override
    public AppendResult append(String stream, EventData event) {
        Objects.requireNonNull(event, "'event' must not be null");
        int partition = partitionFor(stream, event.partitionKey());
        long seq = db.write(c -> appendStatements(c).append(stream, partition, clock.now(), event));
        return new AppendResult(partition, seq);
    }

    private int partitionFor(String stream, String partitionKey) {
        int partitions = partitionCount(stream);
        if (partitionKey == null) {
            int next = roundRobin.computeIfAbsent(stream, s -> new AtomicInteger()).getAndIncrement();
            return Math.floorMod(next, partitions);
        }
        // CRC32 of the UTF-8 bytes: stable across restarts and JVMs, unlike String.hashCode's contract
        CRC32 crc = new CRC32();
        crc.update(partitionKey.getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % partitions);
    }

    @Override
    public List<ReceivedEvent> read(String stream, int partition, long afterSequence, int maxEvents) {
        requirePartition(stream, partition);
        if (maxEvents < 1) {
            throw new IllegalArgumentException("'maxEvents' must be at least 1");
        }
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("""
                    SELECT seq, enqueued_at, partition_key, body, properties FROM stream_event
                    WHERE stream = ? AND partition = ? AND seq > ? ORDER BY seq LIMIT ?""")) {
                st.setString(1, stream);
                st.setInt(2, partition);
                st.setLong(3, afterSequence);
                st.setInt(4, maxEvents);
                List<ReceivedEvent> events = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        events.add(new ReceivedEvent(stream, partition, rs.getLong(1),
                                Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3), rs.getString(4),
                                PropertiesCodec.decode(rs.getString(5))));
                    }
                }
                return events;
            }
        });
    }

    @Override
    public OptionalLong checkpoint(String stream, String consumerGroup, int partition) {
        requirePartition(stream, partition);
        requireName(consumerGroup, "consumerGroup");
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT seq FROM stream_checkpoint WHERE stream = ? AND consumer_group = ? AND partition = ?")) {
                st.setString(1, stream);
                st.setString(2, consumerGroup);
                st.setInt(3, partition);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
                }
            }
        });
    }

    @Override
    public void checkpoint(String stream, String consumerGroup, int partition, long sequenceNumber) {
        requirePartition(stream, partition);
        requireName(consumerGroup, "consumerGroup");
        if (sequenceNumber < 0) {
            throw new IllegalArgumentException("'sequenceNumber' must not be negative");
        }
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT OR REPLACE INTO stream_checkpoint (stream, consumer_group, partition, seq) VALUES (?, ?, ?, ?)")) {
                st.setString(1, stream);
                st.setString(2, consumerGroup);
                st.setInt(3, partition);
                st.setLong(4, sequenceNumber);
                st.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void close() {
        db.close();
    }

    private AppendStatements appendStatements(Connection c) throws SQLException {
        if (appendStatements == null || !appendStatements.preparedOn(c)) {
            appendStatements = new AppendStatements(c);
        }
        return appendStatements;
    }

    private void requirePartition(String stream, int partition) {
        int partitions = partitionCount(stream);
        if (partition < 0 || partition >= partitions) {
            throw new IllegalArgumentException("'partition' must be in [0, " + partitions + ") for stream '"
                    + stream + "', was " + partition);
        }
    }

    private static void requireName(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("'" + name + "' must not be blank");
        }
    }

    /** The append path's two statements, prepared once on the writer connection; used under its lock. */
    private static final class AppendStatements {

        private final Connection connection;
        private final PreparedStatement last;
        private final PreparedStatement insert;

        AppendStatements(Connection connection) throws SQLException {
            this.connection = connection;
            this.last = connection.prepareStatement(
                    "SELECT max(seq) FROM stream_event WHERE stream = ? AND partition = ?");
            this.insert = connection.prepareStatement("""
                    INSERT INTO stream_event (stream, partition, seq, enqueued_at, partition_key, body, properties)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""");
        }

        boolean preparedOn(Connection c) {
            return connection == c;
        }

        long append(String stream, int partition, Instant now, EventData event) throws SQLException {
            last.setString(1, stream);
            last.setInt(2, partition);
            long seq;
            try (ResultSet rs = last.executeQuery()) {
                rs.next();
                seq = rs.getLong(1) + 1;
            }
            insert.setString(1, stream);
            insert.setInt(2, partition);
            insert.setLong(3, seq);
            insert.setLong(4, now.toEpochMilli());
            insert.setString(5, event.partitionKey());
            insert.setString(6, event.body());
            String properties = PropertiesCodec.encode(event.properties());
            if (properties == null) {
                insert.setNull(7, Types.VARCHAR);
            } else {
                insert.setString(7, properties);
            }
            insert.executeUpdate();
            return seq;
        }
    }
}
