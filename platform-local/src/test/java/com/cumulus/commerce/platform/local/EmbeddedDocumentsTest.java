package com.cumulus.commerce.platform.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cumulus.commerce.platform.contract.ManualClock;
import com.cumulus.commerce.platform.documents.BatchFailedException;
import com.cumulus.commerce.platform.documents.BatchOperation;
import com.cumulus.commerce.platform.documents.Document;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the contract cannot see: LSNs reserved ahead in memory, and files written by an older schema. */
class EmbeddedDocumentsTest {

    @TempDir
    Path dataDir;
    private final ManualClock clock = ManualClock.startingAt("2026-03-01T09:00:00Z");
    private EmbeddedDocuments documents;

    @AfterEach
    void close() {
        if (documents != null) {
            documents.close();
        }
    }

    private EmbeddedDocuments open() {
        if (documents != null) {
            documents.close();
        }
        documents = new EmbeddedDocuments(SqliteDatabase.open(dataDir.resolve("documents.db")), clock);
        return documents;
    }

    @Test
    void aRolledBackReservationIsStoredAgainSoNoLsnComesBackAfterARestart() {
        var orders = open().container("orders");
        // the first write of a fresh container stores the ceiling, and this one rolls back
        assertThatThrownBy(() -> orders.executeBatch("c1", List.of(
                new BatchOperation.Upsert("o1", "{}"), new BatchOperation.Delete("missing", null))))
                .isInstanceOf(BatchFailedException.class);
        Document deleted = orders.upsert("c1", "o2", "{}");
        orders.delete("c1", "o2", null);

        Document next = open().container("orders").upsert("c1", "o3", "{}");

        assertThat(next.lsn()).isGreaterThan(deleted.lsn());
    }

    @Test
    void lsnsAreStoredOncePerBlockNotOncePerWrite() {
        var orders = open().container("orders");
        for (int i = 0; i < 10; i++) {
            orders.upsert("c1", "o" + i, "{}");
        }

        long stored;
        try (SqliteDatabase file = SqliteDatabase.open(dataDir.resolve("documents.db"))) {
            stored = file.read(c -> {
                try (var st = c.prepareStatement("SELECT lsn FROM sequences WHERE container = 'orders'");
                     var rs = st.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
        }
        assertThat(orders.read("c1", "o9")).hasValueSatisfying(d -> assertThat(d.lsn()).isEqualTo(10));
        assertThat(stored).isEqualTo(ReservedSequence.BLOCK);
    }

    @Test
    void aFileFromTheWithoutRowidSchemaKeepsItsDocumentsAndLsns() {
        try (SqliteDatabase old = SqliteDatabase.open(dataDir.resolve("documents.db"), """
                CREATE TABLE documents (container TEXT NOT NULL, pk TEXT NOT NULL, id TEXT NOT NULL,
                    body TEXT NOT NULL, etag TEXT NOT NULL, lsn INTEGER NOT NULL, ts TEXT NOT NULL,
                    PRIMARY KEY (container, pk, id)) WITHOUT ROWID""",
                "CREATE UNIQUE INDEX documents_by_lsn ON documents (container, lsn)",
                "CREATE TABLE sequences (container TEXT PRIMARY KEY, lsn INTEGER NOT NULL) WITHOUT ROWID",
                """
                INSERT INTO documents VALUES ('orders', 'c1', 'o1', '{"n":1}', '"e1"', 6, '2026-03-01T08:00:00Z'),
                    ('orders', 'c1', 'o2', '{"n":2}', '"e2"', 7, '2026-03-01T08:00:00Z')""",
                "INSERT INTO sequences VALUES ('orders', 7)")) {
            assertThat(old.<Boolean>read(c -> SqliteDatabase.createdWith(c, "documents", "WITHOUT ROWID"))).isTrue();
        }

        var orders = open().container("orders");

        assertThat(orders.read("c1", "o2")).hasValueSatisfying(d -> {
            assertThat(d.json()).isEqualTo("{\"n\":2}");
            assertThat(d.lsn()).isEqualTo(7);
        });
        assertThat(orders.changeFeed("relay").next(10)).extracting(Document::id).containsExactly("o1", "o2");
        assertThat(orders.upsert("c1", "o3", "{}").lsn()).isGreaterThan(7);
        try (SqliteDatabase file = SqliteDatabase.open(dataDir.resolve("documents.db"))) {
            assertThat(file.<Boolean>read(c -> SqliteDatabase.createdWith(c, "documents", "WITHOUT ROWID"))).isFalse();
        }
    }
}
