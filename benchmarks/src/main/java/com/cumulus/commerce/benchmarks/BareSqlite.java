package com.cumulus.commerce.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The baseline for the storage figures: the same SQLite engine with the same kill-safe settings (WAL,
 * synchronous=NORMAL), doing the writes a queue cycle or an upsert needs with nothing around them.
 */
final class BareSqlite implements AutoCloseable {

    private final Connection connection;

    BareSqlite(Path file) throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (var st = connection.createStatement()) {
            st.execute("PRAGMA journal_mode=WAL");
            st.execute("PRAGMA synchronous=NORMAL");
            st.execute("CREATE TABLE IF NOT EXISTS docs (pk TEXT, id TEXT, body TEXT, etag TEXT, lsn INTEGER, PRIMARY KEY (pk, id))");
            st.execute("CREATE TABLE IF NOT EXISTS messages (seq INTEGER PRIMARY KEY, body TEXT, delivery_count INTEGER, locked_until INTEGER)");
        }
    }

    /** One upsert of a 1 KB body per transaction. */
    double upsertsPerSecond(int count, String body) throws SQLException {
        try (var upsert = connection.prepareStatement(
                "INSERT INTO docs (pk, id, body, etag, lsn) VALUES (?, ?, ?, ?, ?) "
                        + "ON CONFLICT (pk, id) DO UPDATE SET body = excluded.body, etag = excluded.etag, lsn = excluded.lsn")) {
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                connection.setAutoCommit(false);
                String id = "doc-" + (i % 5000);
                upsert.setString(1, id);
                upsert.setString(2, id);
                upsert.setString(3, body);
                upsert.setString(4, Integer.toString(i));
                upsert.setLong(5, i);
                upsert.executeUpdate();
                connection.commit();
                connection.setAutoCommit(true);
            }
            return count / ((System.nanoTime() - start) / 1e9);
        }
    }

    /** Send, receive (lock) and complete: three transactions, as a peek-lock cycle needs. */
    double queueCyclesPerSecond(int count, String body) throws SQLException {
        try (var send = connection.prepareStatement("INSERT INTO messages (body, delivery_count, locked_until) VALUES (?, 0, 0)");
             var lock = connection.prepareStatement(
                     "UPDATE messages SET delivery_count = delivery_count + 1, locked_until = ? "
                             + "WHERE seq = (SELECT seq FROM messages WHERE locked_until < ? ORDER BY seq LIMIT 1) RETURNING seq, body");
             var complete = connection.prepareStatement("DELETE FROM messages WHERE seq = ?")) {
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                send.setString(1, body);
                send.executeUpdate();
                long now = System.currentTimeMillis();
                lock.setLong(1, now + 60_000);
                lock.setLong(2, now);
                long seq;
                try (var rs = lock.executeQuery()) {
                    rs.next();
                    seq = rs.getLong(1);
                }
                complete.setLong(1, seq);
                complete.executeUpdate();
            }
            return count / ((System.nanoTime() - start) / 1e9);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
