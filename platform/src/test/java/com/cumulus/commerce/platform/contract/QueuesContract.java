package com.cumulus.commerce.platform.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cumulus.commerce.platform.messaging.LockLostException;
import com.cumulus.commerce.platform.messaging.OutgoingMessage;
import com.cumulus.commerce.platform.messaging.QueueOptions;
import com.cumulus.commerce.platform.messaging.Queues;
import com.cumulus.commerce.platform.messaging.ReceivedMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The {@link Queues} contract: Service Bus peek-lock semantics. An implementation's test extends this and says
 * how to open its queues on a data folder with a clock; {@link #restart()} closes and reopens the same folder.
 */
public abstract class QueuesContract extends StoreContract<Queues> {

    protected static final Instant START = Instant.parse("2030-01-01T00:00:00Z");
    private static final String QUEUE = "orders";

    protected QueuesContract() {
        super(START);
    }

    private Queues queues() {
        return store();
    }

    /**
     * Whether a second send of a message id inside the duplicate-detection window is dropped (Service Bus, the
     * embedded queues). Azure Storage queues have no duplicate detection: there the second send is a second
     * message, and the cases below say so.
     */
    protected boolean detectsDuplicates() {
        return true;
    }

    /** Whether messages carry increasing sequence numbers; Azure Storage queues have none (always 0). */
    protected boolean numbersMessages() {
        return true;
    }

    /**
     * Whether a restart releases the locks the process held (the embedded queues: the process is the broker).
     * Where a service holds the lock (Azure Storage queues: the visibility timeout) the message stays locked
     * until the lock expires, while the restarted process no longer knows the lock token.
     */
    protected boolean restartReleasesLocks() {
        return true;
    }

    @Test
    void sentMessageIsReceivedLockedWithItsContent() {
        queues().send(QUEUE, new OutgoingMessage("m-1", "{\"order\":1}", "application/json", "corr-1",
                Map.of("traceparent", "00-abc-def-01"), null));

        List<ReceivedMessage> received = queues().receive(QUEUE, 10);

        assertThat(received).singleElement().satisfies(m -> {
            assertThat(m.entityPath()).isEqualTo(QUEUE);
            assertThat(m.messageId()).isEqualTo("m-1");
            assertThat(m.body()).isEqualTo("{\"order\":1}");
            assertThat(m.contentType()).isEqualTo("application/json");
            assertThat(m.correlationId()).isEqualTo("corr-1");
            assertThat(m.properties()).containsExactly(Map.entry("traceparent", "00-abc-def-01"));
            assertThat(m.deliveryCount()).isEqualTo(1);
            assertThat(m.enqueuedTime()).isEqualTo(START);
            assertThat(m.lockToken()).isNotBlank();
            assertThat(m.lockedUntil()).isEqualTo(START.plusSeconds(60));
            assertThat(m.deadLetterReason()).isNull();
        });
    }

    @Test
    void emptyQueueGivesNothing() {
        assertThat(queues().receive(QUEUE, 5)).isEmpty();
        assertThat(queues().count(QUEUE)).isZero();
    }

    @Test
    void messagesArriveInSendOrder() {
        for (int i = 1; i <= 7; i++) {
            queues().send(QUEUE, OutgoingMessage.of("m-" + i, "body-" + i));
        }

        List<String> ids = new ArrayList<>();
        queues().receive(QUEUE, 3).forEach(m -> ids.add(m.messageId()));
        queues().receive(QUEUE, 10).forEach(m -> ids.add(m.messageId()));

        assertThat(ids).containsExactly("m-1", "m-2", "m-3", "m-4", "m-5", "m-6", "m-7");
    }

    @Test
    void lockedMessageIsNotDeliveredAgainWhileTheLockHolds() {
        queues().send(QUEUE, OutgoingMessage.of("m-1", "x"));
        queues().receive(QUEUE, 1);

        clock.advance(Duration.ofSeconds(59));

        assertThat(queues().receive(QUEUE, 1)).isEmpty();
        assertThat(queues().count(QUEUE)).isEqualTo(1);
    }

    @Test
    void expiredLockGivesRedeliveryWithDeliveryCountPlusOne() {
        queues().send(QUEUE, OutgoingMessage.of("m-1", "x"));
        ReceivedMessage first = queues().receive(QUEUE, 1).get(0);

        clock.advance(Duration.ofSeconds(60));
        ReceivedMessage second = queues().receive(QUEUE, 1).get(0);

        assertThat(second.messageId()).isEqualTo("m-1");
        assertThat(second.deliveryCount()).isEqualTo(2);
        assertThat(second.lockToken()).isNotEqualTo(first.lockToken());
    }

    @Test
    void abandonedMessageIsRedeliveredAtOnceAndKeepsItsPlace() {
        queues().send(QUEUE, OutgoingMessage.of("m-1", "x"));
        queues().send(QUEUE, OutgoingMessage.of("m-2", "y"));
        ReceivedMessage first = queues().receive(QUEUE, 1).get(0);

        queues().abandon(first);

        List<ReceivedMessage> again = queues().receive(QUEUE, 2);
        assertThat(again).extracting(ReceivedMessage::messageId).containsExactly("m-1", "m-2");
        assertThat(again.get(0).deliveryCount()).isEqualTo(2);
        assertThat(again.get(1).deliveryCount()).isEqualTo(1);
    }

    @Test
    void completedMessageIsGoneForGood() {
        queues().send(QUEUE, OutgoingMessage.of("m-1", "x"));
        queues().complete(queues().receive(QUEUE, 1).get(0));

        clock.advance(Duration.ofMinutes(10));

        assertThat(queues().receive(QUEUE, 1)).isEmpty();
        assertThat(queues().count(QUEUE)).isZero();
    }

    @Test
    void settlingWithAStaleLockTokenIsRejected() {
        queues().send(QUEUE, OutgoingMessage.of("m-1", "x"));
        ReceivedMessage stale = queues().receive(QUEUE, 1).get(0);
        clock.advance(Duration.ofSeconds(61));
        ReceivedMessage current = queues().receive(QUEUE, 1).get(0);

        assertThatThrownBy(() -> queues().complete(stale)).isInstanceOf(LockLostException.class);
        assertThatThrownBy(() -> queues().abandon(stale)).isInstanceOf(LockLostException.class);
        assertThatThrownBy(() -> queues().deadLetter(stale, "r", "d")).isInstanceOf(LockLostException.class);
        assertThatThrownBy(() -> queues().renewLock(stale)).isInstanceOf(LockLostException.class);

        queues().complete(current);
        assertThat(queues().count(QUEUE)).isZero();
    }

    @Test
    void settlingAfterTheLockExpiredIsRejectedEvenWithoutRedelivery() {
        queues().send(QUEUE, OutgoingMessage.of("m-1", "x"));
        ReceivedMessage message = queues().receive(QUEUE, 1).get(0);

        clock.advance(Duration.ofSeconds(60));

        assertThatThrownBy(() -> queues().complete(message)).isInstanceOf(LockLostException.class);
        assertThat(queues().count(QUEUE)).isEqualTo(1);
    }

    @Test
    void settlingTwiceIsRejected() {
        queues().send(QUEUE, OutgoingMessage.of("m-1", "x"));
        ReceivedMessage message = queues().receive(QUEUE, 1).get(0);
        queues().complete(message);

        assertThatThrownBy(() -> queues().complete(message)).isInstanceOf(LockLostException.class);
    }

    @Test
    void tenthAbandonMovesTheMessageToTheDeadLetterQueue() {
        queues().send(QUEUE, OutgoingMessage.of("m-1", "x"));

        for (int delivery = 1; delivery <= 10; delivery++) {
            ReceivedMessage m = queues().receive(QUEUE, 1).get(0);
            assertThat(m.deliveryCount()).isEqualTo(delivery);
            queues().abandon(m);
        }

        assertThat(queues().receive(QUEUE, 1)).isEmpty();
        assertThat(queues().count(QUEUE)).isZero();
        ReceivedMessage dead = queues().receive(Queues.deadLetterPath(QUEUE), 1).get(0);
        assertThat(dead.messageId()).isEqualTo("m-1");
        assertThat(dead.deadLetterReason()).isEqualTo(Queues.MAX_DELIVERY_COUNT_EXCEEDED);
    }

    @Test
    void tenthExpiredLockMovesTheMessageToTheDeadLetterQueue() {
        queues().send(QUEUE, OutgoingMessage.of("m-1", "x"));

        for (int delivery = 1; delivery <= 10; delivery++) {
            assertThat(queues().receive(QUEUE, 1)).singleElement()
                    .extracting(ReceivedMessage::deliveryCount).isEqualTo(delivery);
            clock.advance(Duration.ofSeconds(61));
        }

        assertThat(queues().receive(QUEUE, 1)).isEmpty();
        assertThat(queues().receive(Queues.deadLetterPath(QUEUE), 1)).singleElement()
                .extracting(ReceivedMessage::deadLetterReason).isEqualTo(Queues.MAX_DELIVERY_COUNT_EXCEEDED);
    }

    @Test
    void explicitDeadLetterKeepsReasonAndDescription() {
        queues().send(QUEUE, OutgoingMessage.of("m-1", "x"));

        queues().deadLetter(queues().receive(QUEUE, 1).get(0), "PaymentDeclined", "card expired");

        assertThat(queues().count(QUEUE)).isZero();
        ReceivedMessage dead = queues().receive(Queues.deadLetterPath(QUEUE), 1).get(0);
        assertThat(dead.body()).isEqualTo("x");
        assertThat(dead.deadLetterReason()).isEqualTo("PaymentDeclined");
        assertThat(dead.deadLetterDescription()).isEqualTo("card expired");
        queues().complete(dead);
        assertThat(queues().count(Queues.deadLetterPath(QUEUE))).isZero();
    }

    @Test
    void storageQueueOptionsSendPoisonMessagesAsideAfterFiveDequeues() {
        queues().configure("thumbnails", QueueOptions.storageQueue("thumbnails"));
        queues().send("thumbnails", OutgoingMessage.of("m-1", "x"));

        for (int dequeue = 1; dequeue <= 5; dequeue++) {
            ReceivedMessage m = queues().receive("thumbnails", 1).get(0);
            assertThat(m.lockedUntil()).isEqualTo(clock.now().plusSeconds(30));
            queues().abandon(m);
        }

        assertThat(queues().receive("thumbnails", 1)).isEmpty();
        assertThat(queues().receive("thumbnails-poison", 1)).singleElement()
                .extracting(ReceivedMessage::deadLetterReason).isEqualTo(Queues.MAX_DELIVERY_COUNT_EXCEEDED);
    }

    @Test
    void duplicateMessageIdInsideTheWindowIsDropped() {
        queues().send(QUEUE, OutgoingMessage.of("m-1", "first"));
        queues().complete(queues().receive(QUEUE, 1).get(0));
        clock.advance(Duration.ofMinutes(9));

        queues().send(QUEUE, OutgoingMessage.of("m-1", "second"));

        if (detectsDuplicates()) {
            assertThat(queues().count(QUEUE)).isZero();
        } else {
            assertThat(queues().receive(QUEUE, 10)).extracting(ReceivedMessage::body).containsExactly("second");
        }
    }

    @Test
    void sameMessageIdOutsideTheWindowIsAccepted() {
        queues().send(QUEUE, OutgoingMessage.of("m-1", "first"));
        clock.advance(Duration.ofMinutes(10));

        queues().send(QUEUE, OutgoingMessage.of("m-1", "second"));

        assertThat(queues().receive(QUEUE, 10)).extracting(ReceivedMessage::body).containsExactly("first", "second");
    }

    @Test
    void zeroWindowTurnsDuplicateDetectionOff() {
        queues().configure("jobs", QueueOptions.storageQueue("jobs"));

        queues().send("jobs", OutgoingMessage.of("m-1", "a"));
        queues().send("jobs", OutgoingMessage.of("m-1", "b"));

        assertThat(queues().count("jobs")).isEqualTo(2);
    }

    @Test
    void duplicateDetectionIsPerEntity() {
        queues().send("queue-a", OutgoingMessage.of("m-1", "x"));
        queues().send("queue-b", OutgoingMessage.of("m-1", "x"));

        assertThat(queues().count("queue-a")).isEqualTo(1);
        assertThat(queues().count("queue-b")).isEqualTo(1);
    }

    @Test
    void scheduledMessageIsInvisibleUntilItsTime() {
        queues().send(QUEUE, OutgoingMessage.of("later", "x").scheduledAt(START.plusSeconds(30)));
        queues().send(QUEUE, OutgoingMessage.of("now", "y"));

        assertThat(queues().receive(QUEUE, 10)).extracting(ReceivedMessage::messageId).containsExactly("now");
        assertThat(queues().count(QUEUE)).isEqualTo(2);

        clock.advance(Duration.ofSeconds(29));
        assertThat(queues().receive(QUEUE, 10)).isEmpty();

        clock.advance(Duration.ofSeconds(1));
        assertThat(queues().receive(QUEUE, 10)).extracting(ReceivedMessage::messageId).containsExactly("later");
    }

    @Test
    void messagesAndDeliveryCountsSurviveARestartButLocksDoNot() throws Exception {
        queues().send(QUEUE, OutgoingMessage.of("m-1", "x"));
        queues().send(QUEUE, OutgoingMessage.of("m-2", "y"));
        ReceivedMessage lockedBeforeRestart = queues().receive(QUEUE, 1).get(0);

        restart();

        List<ReceivedMessage> afterRestart = queues().receive(QUEUE, 10);
        if (restartReleasesLocks()) {
            assertThat(afterRestart).extracting(ReceivedMessage::messageId).containsExactly("m-1", "m-2");
            assertThat(afterRestart).extracting(ReceivedMessage::deliveryCount).containsExactly(2, 1);
        } else {
            assertThat(afterRestart).extracting(ReceivedMessage::messageId).containsExactly("m-2");
            assertThat(afterRestart).extracting(ReceivedMessage::deliveryCount).containsExactly(1);
        }
        assertThatThrownBy(() -> queues().complete(lockedBeforeRestart)).isInstanceOf(LockLostException.class);
        if (!restartReleasesLocks()) {
            queues().complete(afterRestart.get(0));
            clock.advance(Duration.ofSeconds(60));
            assertThat(queues().receive(QUEUE, 10)).singleElement().satisfies(m -> {
                assertThat(m.messageId()).isEqualTo("m-1");
                assertThat(m.deliveryCount()).isEqualTo(2);
            });
        }
    }

    @Test
    void scheduledMessagesAndDuplicateDetectionSurviveARestart() throws Exception {
        queues().send(QUEUE, OutgoingMessage.of("later", "x").scheduledAt(START.plusSeconds(30)));
        queues().send(QUEUE, OutgoingMessage.of("m-1", "y"));
        queues().complete(queues().receive(QUEUE, 1).get(0));

        restart();
        queues().send(QUEUE, OutgoingMessage.of("m-1", "again"));

        if (detectsDuplicates()) {
            assertThat(queues().receive(QUEUE, 10)).isEmpty();
        } else {
            queues().complete(queues().receive(QUEUE, 10).get(0));
        }
        clock.advance(Duration.ofSeconds(30));
        assertThat(queues().receive(QUEUE, 10)).extracting(ReceivedMessage::messageId).containsExactly("later");
    }

    @Test
    void unconfiguredEntityHasServiceBusDefaults() {
        assertThat(queues().options("never-configured")).isEqualTo(QueueOptions.serviceBusDefaults());
    }

    @Test
    void configuredOptionsSurviveARestart() throws Exception {
        QueueOptions options = QueueOptions.serviceBusDefaults().withLockDuration(Duration.ofSeconds(5))
                .withMaxDeliveryCount(3);
        queues().configure(QUEUE, options);

        restart();

        assertThat(queues().options(QUEUE)).isEqualTo(options);
        queues().send(QUEUE, OutgoingMessage.of("m-1", "x"));
        assertThat(queues().receive(QUEUE, 1).get(0).lockedUntil()).isEqualTo(START.plusSeconds(5));
    }

    /**
     * Whether the queues themselves stop lock renewal at {@link QueueOptions#maxLockRenewal()} (the embedded queues).
     * Service Bus has no such ceiling: each renewal extends the lock by the lock duration, and the ceiling is the
     * Functions host's {@code maxAutoLockRenewalDuration}, a client's choice; the case below says so.
     */
    protected boolean capsLockRenewal() {
        return true;
    }

    @Test
    void renewLockExtendsByTheLockDurationButNeverPastTheMaximumRenewal() {
        queues().send(QUEUE, OutgoingMessage.of("m-1", "x"));
        ReceivedMessage message = queues().receive(QUEUE, 1).get(0);

        clock.advance(Duration.ofSeconds(50));
        assertThat(queues().renewLock(message)).isEqualTo(START.plusSeconds(110));
        clock.advance(Duration.ofSeconds(50));
        assertThat(queues().receive(QUEUE, 1)).isEmpty();

        for (int i = 0; i < 3; i++) {
            queues().renewLock(message);
            clock.advance(Duration.ofSeconds(50));
        }
        if (!capsLockRenewal()) {
            assertThat(queues().renewLock(message)).isEqualTo(clock.now().plusSeconds(60))
                    .isAfter(START.plus(Duration.ofMinutes(5)));
            clock.advance(Duration.ofSeconds(60));
            assertThatThrownBy(() -> queues().complete(message)).isInstanceOf(LockLostException.class);
            assertThat(queues().receive(QUEUE, 1)).singleElement()
                    .extracting(ReceivedMessage::deliveryCount).isEqualTo(2);
            return;
        }
        assertThat(queues().renewLock(message)).isEqualTo(START.plus(Duration.ofMinutes(5)));
        clock.advance(Duration.ofSeconds(40));
        assertThat(queues().renewLock(message)).isEqualTo(START.plus(Duration.ofMinutes(5)));

        clock.advance(Duration.between(clock.now(), START.plus(Duration.ofMinutes(5))));
        assertThatThrownBy(() -> queues().complete(message)).isInstanceOf(LockLostException.class);
        assertThat(queues().receive(QUEUE, 1)).singleElement()
                .extracting(ReceivedMessage::deliveryCount).isEqualTo(2);
    }

    @Test
    void countIsPerEntity() {
        queues().send("queue-a", OutgoingMessage.of("x"));
        queues().send("queue-a", OutgoingMessage.of("y"));
        queues().send("queue-b", OutgoingMessage.of("z"));

        assertThat(queues().count("queue-a")).isEqualTo(2);
        assertThat(queues().count("queue-b")).isEqualTo(1);
    }

    @Test
    void concurrentReceiversNeverShareAMessage() throws Exception {
        int total = 300;
        for (int i = 0; i < total; i++) {
            queues().send(QUEUE, OutgoingMessage.of("m-" + i, "x"));
        }
        Set<String> seen = ConcurrentHashMap.newKeySet();
        AtomicInteger deliveries = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < 6; w++) {
                workers.add(pool.submit(() -> {
                    go.await();
                    List<ReceivedMessage> batch;
                    while (!(batch = queues().receive(QUEUE, 4)).isEmpty()) {
                        for (ReceivedMessage m : batch) {
                            deliveries.incrementAndGet();
                            seen.add(m.messageId());
                            queues().complete(m);
                        }
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> worker : workers) {
                worker.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(deliveries.get()).isEqualTo(total);
        assertThat(seen).hasSize(total);
        assertThat(queues().count(QUEUE)).isZero();
    }

    @Test
    void blankEntityIsRejected() {
        assertThatThrownBy(() -> queues().send(" ", OutgoingMessage.of("x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'entityPath'");
        assertThatThrownBy(() -> queues().receive(QUEUE, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'maxMessages'");
    }

    @Test
    void sequenceNumberOfACompletedNewestMessageIsNotHandedOutAgainAfterARestart() throws Exception {
        queues().send(QUEUE, OutgoingMessage.of("m-1", "x"));
        ReceivedMessage newest = queues().receive(QUEUE, 1).get(0);
        queues().complete(newest);

        restart();
        queues().send(QUEUE, OutgoingMessage.of("m-2", "y"));

        if (numbersMessages()) {
            assertThat(queues().receive(QUEUE, 1)).singleElement()
                    .satisfies(m -> assertThat(m.sequenceNumber()).isGreaterThan(newest.sequenceNumber()));
        } else {
            assertThat(queues().receive(QUEUE, 1)).singleElement()
                    .satisfies(m -> assertThat(m.sequenceNumber()).isZero());
        }
    }
}
