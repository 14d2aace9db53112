package com.cumulus.commerce.platform.local;

import com.cumulus.commerce.platform.documents.ChangeFeed;
import com.cumulus.commerce.platform.documents.Document;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * One lease over a container's changes. The checkpoint lives in the leases table, so a new feed for the
 * same lease (another object, or after a restart) starts there; the cursor of what was handed out since
 * lives only in this object. Only the latest version of a document is kept, so a document written again
 * shows once, at its new LSN.
 */
final class EmbeddedChangeFeed implements ChangeFeed {

    private final SqliteDatabase db;
    private final String container;
    private final String lease;
    private long cursor;

    EmbeddedChangeFeed(SqliteDatabase db, String container, String lease) {
        this.db = db;
        this.container = container;
        this.lease = lease;
        this.cursor = checkpointed();
    }

    @Override
    public synchronized List<Document> next(int maxItems) {
        if (maxItems < 1) {
            throw new IllegalArgumentException("'maxItems' must be at least 1");
        }
        List<Document> changes = db.read(c -> {
            long after = Math.max(cursor, checkpoint(c));
            List<Document> found = new ArrayList<>();
            try (var st = c.prepareStatement("SELECT " + EmbeddedContainer.COLUMNS
                    + " FROM documents WHERE container = ? AND lsn > ? ORDER BY lsn LIMIT ?")) {
                st.setString(1, container);
                st.setLong(2, after);
                st.setInt(3, maxItems);
                try (var rs = st.executeQuery()) {
                    while (rs.next()) {
                        found.add(EmbeddedContainer.toDocument(rs));
                    }
                }
            }
            return found;
        });
        if (!changes.isEmpty()) {
            cursor = changes.get(changes.size() - 1).lsn();
        }
        return List.copyOf(changes);
    }

    @Override
    public void checkpoint(long lsn) {
        if (lsn < 0) {
            throw new IllegalArgumentException("'lsn' must not be negative");
        }
        db.write(c -> {
            try (var st = c.prepareStatement("""
                    INSERT INTO leases (container, lease, checkpoint) VALUES (?, ?, ?)
                    ON CONFLICT (container, lease) DO UPDATE SET checkpoint = excluded.checkpoint""")) {
                st.setString(1, container);
                st.setString(2, lease);
                st.setLong(3, lsn);
                st.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public long checkpointed() {
        return db.read(this::checkpoint);
    }

    @Override
    public synchronized void rewind() {
        cursor = checkpointed();
    }

    private long checkpoint(Connection c) throws SQLException {
        try (var st = c.prepareStatement("SELECT checkpoint FROM leases WHERE container = ? AND lease = ?")) {
            st.setString(1, container);
            st.setString(2, lease);
            try (var rs = st.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        }
    }
}
