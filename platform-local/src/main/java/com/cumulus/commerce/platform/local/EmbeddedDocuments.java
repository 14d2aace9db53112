package com.cumulus.commerce.platform.local;

import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.documents.DocumentContainer;
import com.cumulus.commerce.platform.documents.Documents;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cosmos DB-like containers in one SQLite file. Every write runs in the database's serialised write
 * transaction and takes the container's next LSN there (from memory, under the same lock), so LSN order is
 * commit order and a change feed reading {@code lsn > cursor} never skips a write that committed late.
 * One process owns the file: the LSN counters live in its memory.
 */
final class EmbeddedDocuments implements Documents, AutoCloseable {

    private static final String[] SCHEMA = {
        // A rowid table: documents are about a kilobyte, and in a WITHOUT ROWID table a row that size spills
        // into an overflow page, so every upsert wrote twice the pages (and ran at half the rate).
        """
        CREATE TABLE IF NOT EXISTS documents (
            container TEXT NOT NULL,
            pk TEXT NOT NULL,
            id TEXT NOT NULL,
            body TEXT NOT NULL,
            etag TEXT NOT NULL,
            lsn INTEGER NOT NULL,
            ts TEXT NOT NULL,
            PRIMARY KEY (container, pk, id))""",
        "CREATE UNIQUE INDEX IF NOT EXISTS documents_by_lsn ON documents (container, lsn)",
        // lsn is the container's reserved ceiling (see ReservedSequence); files written before held the last LSN
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
    private final Arrivals arrivals;

    EmbeddedDocuments(SqliteDatabase db, Clock clock) {
        this(db, clock, new Arrivals());
    }

    EmbeddedDocuments(SqliteDatabase db, Clock clock, Arrivals arrivals) {
        this.arrivals = Objects.requireNonNull(arrivals, "'arrivals' must not be null");
        this.db = Objects.requireNonNull(db, "'db' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
        db.write(c -> {
            if (SqliteDatabase.createdWith(c, "documents", "WITHOUT ROWID")) {
                SqliteDatabase.execute(c, "ALTER TABLE documents RENAME TO documents_without_rowid",
                        "DROP INDEX IF EXISTS documents_by_lsn");
                SqliteDatabase.execute(c, SCHEMA);
                SqliteDatabase.execute(c, """
                        INSERT INTO documents (container, pk, id, body, etag, lsn, ts)
                        SELECT container, pk, id, body, etag, lsn, ts FROM documents_without_rowid""",
                        "DROP TABLE documents_without_rowid");
            }
            SqliteDatabase.execute(c, SCHEMA);
            return null;
        });
    }

    @Override
    public DocumentContainer container(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("'name' must not be blank");
        }
        return containers.computeIfAbsent(name, n -> new EmbeddedContainer(db, clock, n, arrivals));
    }

    /** Where the change-feed readers of each container are told of new writes (by container name). */
    Arrivals arrivals() {
        return arrivals;
    }

    @Override
    public void close() {
        db.close();
    }
}
