package com.cumulus.commerce.devhost.triggers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.cumulus.commerce.platform.contract.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TimerListenerTest {

    private static final Instant START = Instant.parse("2025-03-10T08:00:02Z");

    private final ManualClock clock = new ManualClock(START);
    private final List<TimerFire> fires = new CopyOnWriteArrayList<>();
    private TimerListener listener;

    @AfterEach
    void stopListener() {
        if (listener != null) {
            listener.stop(Duration.ofSeconds(1));
        }
    }

    private void listen(String schedule, boolean runOnStartup, RetryPolicy retry, Invocation<TimerFire> invocation) {
        listener = new TimerListener("release-expired", NcrontabSchedule.parse(schedule), runOnStartup, clock, retry,
                invocation, ZoneOffset.UTC, TestPacing.FAST);
        listener.start();
    }

    @Test
    void firesAtEachOccurrenceOfTheSchedule() throws InterruptedException {
        listen("*/5 * * * * *", false, RetryPolicy.none(), (fire, retryCount) -> fires.add(fire));
        Thread.sleep(30);
        assertThat(fires).isEmpty();

        clock.set(Instant.parse("2025-03-10T08:00:05Z"));

        await().atMost(Duration.ofSeconds(2)).until(() -> fires.size() == 1);
        assertThat(fires.get(0)).isEqualTo(new TimerFire(Instant.parse("2025-03-10T08:00:05Z"), null,
                Instant.parse("2025-03-10T08:00:10Z"), false));
    }

    @Test
    void collapsesMissedOccurrencesIntoOnePastDueFiring() throws InterruptedException {
        listen("*/5 * * * * *", false, RetryPolicy.none(), (fire, retryCount) -> fires.add(fire));
        Thread.sleep(30);
        clock.set(Instant.parse("2025-03-10T08:00:05Z"));
        await().atMost(Duration.ofSeconds(2)).until(() -> fires.size() == 1);

        clock.set(Instant.parse("2025-03-10T08:01:02Z"));
        await().atMost(Duration.ofSeconds(2)).until(() -> fires.size() == 2);
        Thread.sleep(30);

        assertThat(fires).hasSize(2);
        TimerFire late = fires.get(1);
        assertThat(late.scheduled()).isEqualTo("2025-03-10T08:00:10Z");
        assertThat(late.last()).isEqualTo("2025-03-10T08:00:05Z");
        assertThat(late.isPastDue()).isTrue();

        clock.set(Instant.parse("2025-03-10T08:01:05Z"));
        await().atMost(Duration.ofSeconds(2)).until(() -> fires.size() == 3);
        assertThat(fires.get(2).scheduled()).isEqualTo("2025-03-10T08:01:05Z");
    }

    @Test
    void firesOnceAtStartupWhenAsked() {
        listen("0 0 0 1 1 *", true, RetryPolicy.none(), (fire, retryCount) -> fires.add(fire));

        await().atMost(Duration.ofSeconds(2)).until(() -> fires.size() == 1);
        assertThat(fires.get(0)).isEqualTo(new TimerFire(START, null, Instant.parse("2026-01-01T00:00:00Z"), false));
    }

    @Test
    void retriesAFailingFiringPerPolicy() {
        List<Integer> retryCounts = new CopyOnWriteArrayList<>();
        listen("0 0 0 1 1 *", true, RetryPolicy.fixedDelay(3, Duration.ofMillis(1)), (fire, retryCount) -> {
            retryCounts.add(retryCount);
            if (retryCount < 2) {
                throw new IllegalStateException("store busy");
            }
        });

        await().atMost(Duration.ofSeconds(2)).until(() -> retryCounts.size() == 3);
        assertThat(retryCounts).containsExactly(0, 1, 2);
    }
}
