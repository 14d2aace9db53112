package com.cumulus.commerce.devhost.triggers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PollerTest {

    private final Poller poller = new Poller("sweep", new ListenerThreads("sweep"),
            new Pacing(Duration.ofMillis(1), Duration.ofMillis(20), Duration.ofMillis(1)));

    @AfterEach
    void stopPoller() {
        poller.stop(Duration.ofSeconds(1));
    }

    @Test
    void backsOffWhilePollsFindNothing() throws InterruptedException {
        AtomicInteger polls = new AtomicInteger();
        poller.start(List.of(() -> {
            polls.incrementAndGet();
            return false;
        }));

        Thread.sleep(300);

        // 1, 2, 4, 8, 16 ms then 20 ms waits: about 19 polls in 300 ms, against thousands without backing off.
        assertThat(polls.get()).isBetween(5, 40);
    }

    @Test
    void pollsAgainAtOnceWhileThereIsWork() {
        AtomicInteger polls = new AtomicInteger();
        poller.start(List.of(() -> polls.incrementAndGet() <= 2_000));

        await().atMost(Duration.ofSeconds(1)).until(() -> polls.get() > 2_000);
    }

    @Test
    void keepsPollingAfterAPollFails() {
        AtomicInteger polls = new AtomicInteger();
        poller.start(List.of(() -> {
            if (polls.incrementAndGet() == 1) {
                throw new IllegalStateException("store unavailable");
            }
            return true;
        }));

        await().atMost(Duration.ofSeconds(1)).until(() -> polls.get() > 10);
    }

    @Test
    void stopEndsTheLoopsAndCutsAPauseShort() {
        poller.start(List.of(() -> false));
        long before = System.nanoTime();

        poller.stop(Duration.ofSeconds(1));

        assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofMillis(500));
        assertThat(poller.pause(Duration.ofSeconds(5))).isFalse();
    }
}
