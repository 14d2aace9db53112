package com.cumulus.commerce.platform.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.messaging.OutgoingMessage;
import com.cumulus.commerce.platform.messaging.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArrivalsTest {

    @TempDir
    Path dataDir;

    @Test
    void aWaitEndsWhenSomethingArrivesAfterItsMarkAndOnlyThen() throws Exception {
        var arrivals = new Arrivals();
        long mark = arrivals.mark("orders");
        arrivals.arrived("orders");
        long before = System.nanoTime();
        arrivals.await("orders", mark, Duration.ofSeconds(5));
        assertThat(System.nanoTime() - before).as("already arrived: no wait").isLessThan(TimeUnit.SECONDS.toNanos(1));

        long next = arrivals.mark("orders");
        arrivals.arrived("payments");
        before = System.nanoTime();
        arrivals.await("orders", next, Duration.ofMillis(300));
        assertThat(System.nanoTime() - before).as("another name does not wake it")
                .isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(300));

        var waiting = CompletableFuture.runAsync(() -> {
            try {
                arrivals.await("orders", next, Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(100);
        assertThat(waiting).isNotDone();
        arrivals.arrived("orders");
        waiting.get(5, TimeUnit.SECONDS);
    }

    @Test
    void theEmbeddedStoresTellTheirReadersOfCommittedWrites() throws Exception {
        try (var platform = new LocalPlatform(dataDir, Clock.system())) {
            var documents = platform.documentArrivals();
            var queues = platform.queueArrivals();
            long container = documents.mark("things");
            platform.documents().container("things").upsert("p", "1", "{}");
            assertThat(documents.mark("things")).isGreaterThan(container);

            long queue = queues.mark("work");
            platform.queues().send("work", OutgoingMessage.of("m-1", "x"));
            assertThat(queues.mark("work")).isGreaterThan(queue);
            long duplicate = queues.mark("work");
            platform.queues().send("work", OutgoingMessage.of("m-1", "x"));
            assertThat(queues.mark("work")).as("a duplicate dropped brings nothing").isEqualTo(duplicate);

            platform.topics().subscribe("events", "a");
            String path = Topics.subscriptionPath("events", "a");
            long subscription = queues.mark(path);
            platform.topics().publish("events", OutgoingMessage.of("e-1", "y"));
            assertThat(queues.mark(path)).isGreaterThan(subscription);

            var received = platform.queues().receive(path, 1).get(0);
            long abandoned = queues.mark(path);
            platform.queues().abandon(received);
            assertThat(queues.mark(path)).as("an abandoned message is there again").isGreaterThan(abandoned);
        }
    }
}
