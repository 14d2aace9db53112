package com.cumulus.commerce.platform.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.cumulus.commerce.platform.ProcessInstance;
import com.cumulus.commerce.platform.events.Inbox;
import com.cumulus.commerce.platform.tables.KeyValueTables;
import com.cumulus.commerce.platform.tables.TableEntity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * The {@link Inbox} on a platform's tables: one handling per consumer and event, whatever the concurrency, and
 * claims taken over from a process that died. An implementation's test says how to open its tables.
 */
public abstract class InboxContract extends StoreContract<KeyValueTables> {

    private static final Duration LEASE = Duration.ofSeconds(30);

    private KeyValueTables tables;
    private Inbox inbox;
    private ExecutorService threads;

    protected InboxContract() {
        super(Instant.parse("2026-11-24T12:00:00Z"));
    }

    @BeforeEach
    void openInbox() {
        tables = store();
        inbox = new Inbox(tables, clock, ProcessInstance.started(false), LEASE);
        threads = Executors.newCachedThreadPool();
    }

    @AfterEach
    void stopThreads() throws InterruptedException {
        threads.shutdownNow();
        threads.awaitTermination(10, TimeUnit.SECONDS);
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

    /** Sixteen deliveries of one event at the same instant: one handles it, fifteen are told it is a duplicate. */
    @RepeatedTest(5)
    void concurrentDeliveriesOfOneEventRunTheHandlerOnceAndAnswerTheRestAsDuplicates() throws Exception {
        int deliveries = 16;
        var start = new CyclicBarrier(deliveries);
        var runs = new AtomicInteger();
        var answers = new ArrayList<Future<Boolean>>();
        for (int i = 0; i < deliveries; i++) {
            answers.add(threads.submit(() -> {
                start.await();
                return inbox.handleOnce("payments-webhooks", "evt-race", () -> {
                    runs.incrementAndGet();
                    takeAMoment();
                });
            }));
        }

        int handled = 0;
        for (var answer : answers) {
            handled += answer.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        assertThat(handled).isEqualTo(1);
        assertThat(runs).hasValue(1);
        assertThat(inbox.handled("payments-webhooks", "evt-race")).isTrue();
    }

    @Test
    void aDeliveryArrivingWhileAnotherHandlesTheEventWaitsAndIsADuplicateOnceItIsDone() throws Exception {
        var inHandler = new CompletableFuture<Void>();
        var release = new CompletableFuture<Void>();
        var first = threads.submit(() -> inbox.handleOnce("c", "evt-slow", () -> {
            inHandler.complete(null);
            release.join();
        }));
        inHandler.get(10, TimeUnit.SECONDS);
        var runs = new AtomicInteger();

        var second = threads.submit(() -> inbox.handleOnce("c", "evt-slow", runs::incrementAndGet));

        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> !second.isDone());
        assertThat(inbox.handled("c", "evt-slow")).isFalse();
        release.complete(null);
        assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(second.get(10, TimeUnit.SECONDS)).isFalse();
        assertThat(runs).hasValue(0);
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
    void aDeliveryWaitingOnAClaimWhoseHandlerFailsRunsTheHandlerItself() throws Exception {
        var inHandler = new CompletableFuture<Void>();
        var fail = new CompletableFuture<Void>();
        var first = threads.submit(() -> inbox.handleOnce("c", "evt-3", () -> {
            inHandler.complete(null);
            fail.join();
            throw new IllegalStateException("downstream unavailable");
        }));
        inHandler.get(10, TimeUnit.SECONDS);
        var runs = new AtomicInteger();
        var second = threads.submit(() -> inbox.handleOnce("c", "evt-3", runs::incrementAndGet));

        fail.complete(null);

        assertThatThrownBy(() -> first.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalStateException.class);
        assertThat(second.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(runs).hasValue(1);
        assertThat(inbox.handled("c", "evt-3")).isTrue();
    }

    /** A process that died between claiming an event and handling it does not swallow the event. */
    @Test
    void aClaimLeftByAProcessThatDiedIsTakenOverOnceItsLeaseHasRunOut() throws Exception {
        tables.insert(Inbox.TABLE, TableEntity.of("c", "evt-orphan",
                Map.of("state", "claimed", "claimedAt", clock.now().toString())));
        var runs = new AtomicInteger();

        var redelivery = threads.submit(() -> inbox.handleOnce("c", "evt-orphan", runs::incrementAndGet));

        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> !redelivery.isDone());
        clock.advance(LEASE);
        assertThat(redelivery.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(runs).hasValue(1);
        assertThat(inbox.handled("c", "evt-orphan")).isTrue();
        assertThat(inbox.handleOnce("c", "evt-orphan", runs::incrementAndGet)).isFalse();
    }

    @Test
    void aClaimOfAProcessThatIsGoneIsTakenOverAtOnceWhereThePlatformCanTell() {
        var soleUser = new Inbox(tables, clock, ProcessInstance.started(true), LEASE);
        tables.insert(Inbox.TABLE, TableEntity.of("c", "evt-gone",
                Map.of("state", "claimed", "claimedAt", clock.now().toString(), "holder", "an-earlier-process")));
        var runs = new AtomicInteger();

        assertThat(soleUser.handleOnce("c", "evt-gone", runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(1);
        assertThat(soleUser.handled("c", "evt-gone")).isTrue();
    }

    @Test
    void aClaimOfAnotherLiveHolderIsWaitedOnWhereThePlatformCannotTell() throws Exception {
        tables.insert(Inbox.TABLE, TableEntity.of("c", "evt-other",
                Map.of("state", "claimed", "claimedAt", clock.now().toString(), "holder", "another-instance")));
        var runs = new AtomicInteger();

        var redelivery = threads.submit(() -> inbox.handleOnce("c", "evt-other", runs::incrementAndGet));

        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> !redelivery.isDone());
        clock.advance(LEASE);
        assertThat(redelivery.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(runs).hasValue(1);
    }

    @Test
    void anEventRecordedBeforeClaimsExistedStaysHandled() {
        tables.insert(Inbox.TABLE, TableEntity.of("c", "evt-old", Map.of("handledAt", clock.now().toString())));
        var runs = new AtomicInteger();

        assertThat(inbox.handleOnce("c", "evt-old", runs::incrementAndGet)).isFalse();
        assertThat(runs).hasValue(0);
        assertThat(inbox.handled("c", "evt-old")).isTrue();
    }

    @Test
    void keysTableStorageRefusesAreRefusedUpFront() {
        assertThatThrownBy(() -> inbox.handleOnce("c", "a/b", () -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'eventId'");
    }

    /** A handler that takes as long as a real one (a store write, a PSP call), so deliveries overlap. */
    private static void takeAMoment() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
