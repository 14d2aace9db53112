package com.cumulus.commerce.platform.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cumulus.commerce.platform.contract.ManualClock;
import com.cumulus.commerce.platform.events.Inbox;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxOnEmbeddedTablesTest {

    @TempDir
    Path dataDir;

    private SqliteDatabase database;
    private Inbox inbox;

    @BeforeEach
    void open() {
        database = SqliteDatabase.open(dataDir.resolve("tables.db"));
        inbox = new Inbox(new EmbeddedTables(database, new ManualClock(Instant.parse("2026-11-24T12:00:00Z"))), new ManualClock(Instant.parse("2026-11-24T12:00:00Z")));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aRedeliveredEventIsDroppedPerConsumer() {
        var runs = new AtomicInteger();

        assertThat(inbox.handleOnce("catalog-releases", "evt-1", runs::incrementAndGet)).isTrue();
        assertThat(inbox.handleOnce("catalog-releases", "evt-1", runs::incrementAndGet)).isFalse();
        assertThat(inbox.handleOnce("payments-voids", "evt-1", runs::incrementAndGet)).isTrue();

        assertThat(runs).hasValue(2);
        assertThat(inbox.handled("catalog-releases", "evt-1")).isTrue();
    }

    @Test
    void aFailedHandlerIsNotRecordedSoTheRedeliveryRunsIt() {
        assertThatThrownBy(() -> inbox.handleOnce("c", "evt-2", () -> {
            throw new IllegalStateException("downstream unavailable");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(inbox.handled("c", "evt-2")).isFalse();
        var runs = new AtomicInteger();
        assertThat(inbox.handleOnce("c", "evt-2", runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(1);
    }

    @Test
    void keysTableStorageRefusesAreRefusedUpFront() {
        assertThatThrownBy(() -> inbox.handleOnce("c", "a/b", () -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'eventId'");
    }
}
