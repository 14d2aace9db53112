package com.cumulus.commerce.platform.local;

import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.documents.DocumentContainer;
import com.cumulus.commerce.platform.documents.Documents;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cosmos DB-like containers in one SQLite file. Every write runs in the database's serialised write
 * transaction and takes the container's next LSN there, so LSN order is commit order and a change feed
 * reading {@code lsn > cursor} never skips a write that committed late.
 */
final class EmbeddedDocuments implements Documents, AutoCloseable {

    private static final String[] SCHEMA = {
        """
        CREATE TABLE IF NOT EXISTS documents (
            container TEXT NOT NULL,
            pk TEXT NOT NULL,
            id TEXT NOT NULL,
            body TEXT NOT NULL,
            etag TEXT NOT NULL,
            lsn INTEGER NOT NULL,
            ts TEXT NOT NULL,
            PRIMARY KEY (container, pk, id)
        ) WITHOUT ROWID""",
        "CREATE UNIQUE INDEX IF NOT EXISTS documents_by_lsn ON documents (container, lsn)",
        "CREATE TABLE IF NOT EXISTS sequences (container TEXT PRIMARY KEY, lsn INTEGER NOT NULL) WITHOUT ROWID",
        """
        CREATE TABLE IF NOT EXISTS leases (
            container TEXT NOT NULL,
            lease TEXT NOT NULL,
            checkpoint INTEGER NOT NULL,
            PRIMARY KEY (container, lease)
        ) WITHOUT ROWID""",
    };

    private final SqliteDatabase db;
    private final Clock clock;
    private final Map<String, EmbeddedContainer> containers = new ConcurrentHashMap<>();

    EmbeddedDocuments(SqliteDatabase db, Clock clock) {
        this.db = Objects.requireNonNull(db, "'db' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
        db.write(c -> {
            try (var st = c.createStatement()) {
                for (String sql : SCHEMA) {
                    st.execute(sql);
                }
            }
            return null;
        });
    }

    @Override
    public DocumentContainer container(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("'name' must not be blank");
        }
        return containers.computeIfAbsent(name, n -> new EmbeddedContainer(db, clock, n));
    }

    @Override
    public void close() {
        db.close();
    }
}
