package com.cumulus.commerce.platform.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cumulus.commerce.platform.contract.ManualClock;
import com.cumulus.commerce.platform.messaging.OutgoingMessage;
import com.cumulus.commerce.platform.messaging.QueueOptions;
import com.cumulus.commerce.platform.messaging.Queues;
import com.cumulus.commerce.platform.messaging.ReceivedMessage;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the contract cannot see: how the broker keeps its SQLite file cheap to poll and bounded. */
class EmbeddedQueuesTest {

    @TempDir
    Path dataDir;
    private final ManualClock clock = ManualClock.startingAt("2030-01-01T00:00:00Z");
    private EmbeddedQueues queues;

    @BeforeEach
    void open() {
        queues = new EmbeddedQueues(SqliteDatabase.open(dataDir.resolve("messaging.db")), clock);
    }

    @AfterEach
    void close() {
        queues.close();
    }

    @Test
    void receiveWalksTheDeliveryIndexWithoutSorting() {
        List<String> plan = plan(QueueStatements.VISIBLE, "orders", 0L, 10);

        assertThat(plan).anySatisfy(step -> assertThat(step).contains("queue_message_delivery"));
        assertThat(plan).noneSatisfy(step -> assertThat(step).contains("TEMP B-TREE"));
    }

    @Test
    void theMessageIdSweepReadsARangeOfTheKeyWithoutSorting() {
        List<String> plan = plan(QueueStatements.MESSAGE_IDS_AFTER, "orders", "m-1", 64);

        assertThat(plan).anySatisfy(step -> assertThat(step).startsWith("SEARCH queue_dedup USING PRIMARY KEY"));
        assertThat(plan).noneSatisfy(step -> assertThat(step).contains("TEMP B-TREE"));
    }

    private List<String> plan(String sql, Object... parameters) {
        return queues.database().write(c -> {
            List<String> steps = new ArrayList<>();
            try (var st = c.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    st.setObject(i + 1, parameters[i]);
                }
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        steps.add(rs.getString(4));
                    }
                }
            }
            return steps;
        });
    }

    @Test
    void expiredMessageIdsAreForgotten() {
        queues.send("orders", OutgoingMessage.of("m-1", "x"));
        queues.send("orders", OutgoingMessage.of("m-2", "x"));
        assertThat(rememberedMessageIds()).isEqualTo(2);

        clock.advance(Duration.ofMinutes(11));
        queues.send("orders", OutgoingMessage.of("m-3", "x"));

        assertThat(rememberedMessageIds()).isEqualTo(1);
    }

    @Test
    void rememberedMessageIdsStayBoundedUnderSteadySends() {
        queues.configure("orders", new QueueOptions(Duration.ofSeconds(60), Duration.ofMinutes(5), 10,
                Duration.ofSeconds(1), null));

        long most = 0;
        for (int i = 0; i < 2_000; i++) {
            clock.advance(Duration.ofMillis(100));
            queues.send("orders", OutgoingMessage.of("m-" + i, "x"));
            if (i % 100 == 99) {
                most = Math.max(most, rememberedMessageIds());
            }
        }

        // 10 ids are inside the window at a time; an expired one waits at most one pass of the sweep
        assertThat(most).isLessThan(100);
    }

    @Test
    void deadLetterQueueTakesNoSendsAndNoSecondDeadLetter() {
        String deadLetters = Queues.deadLetterPath("orders");
        queues.send("orders", OutgoingMessage.of("m-1", "x"));
        queues.deadLetter(queues.receive("orders", 1).get(0), "Broken", "cannot parse");
        ReceivedMessage dead = queues.receive(deadLetters, 1).get(0);

        assertThatThrownBy(() -> queues.send(deadLetters, OutgoingMessage.of("m-2", "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'entityPath'");
        assertThatThrownBy(() -> queues.deadLetter(dead, "Again", null)).isInstanceOf(IllegalStateException.class);
        assertThat(queues.count(deadLetters)).isEqualTo(1);
    }

    @Test
    void deadLetterQueueNeverDeadLettersOnDeliveryCount() {
        String deadLetters = Queues.deadLetterPath("orders");
        queues.send("orders", OutgoingMessage.of("m-1", "x"));
        queues.deadLetter(queues.receive("orders", 1).get(0), "Broken", null);

        for (int delivery = 1; delivery <= 12; delivery++) {
            queues.abandon(queues.receive(deadLetters, 1).get(0));
        }

        assertThat(queues.receive(deadLetters, 1)).singleElement()
                .extracting(ReceivedMessage::deliveryCount).isEqualTo(13);
    }

    private long rememberedMessageIds() {
        return queues.database().write(c -> {
            try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM queue_dedup")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void aFileFromTheAutoincrementSchemaKeepsItsMessagesAndNeverReusesANumber() {
        queues.close();
        Path file = dataDir.resolve("old-messaging.db");
        try (SqliteDatabase old = SqliteDatabase.open(file, """
                CREATE TABLE queue_message (seq INTEGER PRIMARY KEY AUTOINCREMENT, entity TEXT NOT NULL,
                    message_id TEXT NOT NULL, body TEXT NOT NULL, content_type TEXT, correlation_id TEXT,
                    properties TEXT, enqueued_at INTEGER NOT NULL, visible_at INTEGER NOT NULL,
                    delivery_count INTEGER NOT NULL DEFAULT 0, locked INTEGER NOT NULL DEFAULT 0,
                    dead_letter_reason TEXT, dead_letter_description TEXT)""",
                "CREATE INDEX queue_message_delivery ON queue_message(entity, seq, visible_at)",
                """
                INSERT INTO queue_message (entity, message_id, body, enqueued_at, visible_at, delivery_count)
                VALUES ('orders', 'm-1', 'x', 0, 0, 2), ('orders', 'm-2', 'y', 0, 0, 0), ('orders', 'm-3', 'z', 0, 0, 0)""",
                "DELETE FROM queue_message WHERE seq = 3")) {
            assertThat(old.<Boolean>read(c -> SqliteDatabase.createdWith(c, "queue_message", "AUTOINCREMENT"))).isTrue();
        }

        queues = new EmbeddedQueues(SqliteDatabase.open(file), clock);
        queues.send("orders", OutgoingMessage.of("m-4", "w"));

        List<ReceivedMessage> received = queues.receive("orders", 10);
        assertThat(received).extracting(ReceivedMessage::messageId).containsExactly("m-1", "m-2", "m-4");
        assertThat(received.get(0).deliveryCount()).isEqualTo(3);
        assertThat(received.get(2).sequenceNumber()).as("3 was used before the upgrade").isGreaterThan(3);
        assertThat(queues.database().<Boolean>read(c -> SqliteDatabase.createdWith(c, "queue_message", "AUTOINCREMENT")))
                .isFalse();
    }
}
