package com.cumulus.commerce.devhost.triggers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.cumulus.commerce.platform.messaging.OutgoingMessage;
import com.cumulus.commerce.platform.messaging.QueueOptions;
import com.cumulus.commerce.platform.messaging.Queues;
import com.cumulus.commerce.platform.messaging.ReceivedMessage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ServiceBusListenerTest {

    private static final String QUEUE = "orders";

    private final InMemoryQueues queues = new InMemoryQueues();
    private ServiceBusListener listener;

    @AfterEach
    void stopListener() {
        if (listener != null) {
            listener.stop(Duration.ofSeconds(1));
        }
    }

    private void listen(int maxConcurrentCalls, Duration maxAutoLockRenewal, Invocation<ReceivedMessage> invocation) {
        listener = new ServiceBusListener("relay", queues, QUEUE, maxConcurrentCalls, maxAutoLockRenewal, invocation,
                TestPacing.FAST);
        listener.start();
    }

    @Test
    void completesTheMessageWhenTheFunctionReturns() {
        List<String> bodies = new CopyOnWriteArrayList<>();
        queues.send(QUEUE, OutgoingMessage.of("m-1", "{\"n\":1}"));

        listen(4, Duration.ofMinutes(5), (message, retryCount) -> bodies.add(message.body()));

        await().atMost(Duration.ofSeconds(2)).until(() -> queues.completed.contains("m-1"));
        assertThat(bodies).containsExactly("{\"n\":1}");
        assertThat(queues.count(QUEUE)).isZero();
        assertThat(queues.abandoned).isEmpty();
    }

    @Test
    void abandonsWhenTheFunctionThrowsUntilTheDeliveryCountDeadLetters() {
        queues.configure(QUEUE, QueueOptions.serviceBusDefaults().withMaxDeliveryCount(3));
        List<Integer> deliveries = new CopyOnWriteArrayList<>();
        queues.send(QUEUE, OutgoingMessage.of("m-1", "{}"));

        listen(1, Duration.ofMinutes(5), (message, retryCount) -> {
            deliveries.add(message.deliveryCount());
            throw new IllegalStateException("declined");
        });

        await().atMost(Duration.ofSeconds(2))
                .until(() -> queues.describe(Queues.deadLetterPath(QUEUE)).contains("m-1:MaxDeliveryCountExceeded"));
        assertThat(deliveries).containsExactly(1, 2, 3);
        assertThat(queues.abandoned).containsExactly("m-1", "m-1", "m-1");
        assertThat(queues.completed).isEmpty();
    }

    @Test
    void renewsTheLockWhileASlowFunctionRuns() {
        queues.configure(QUEUE, QueueOptions.serviceBusDefaults().withLockDuration(Duration.ofMillis(60)));
        queues.send(QUEUE, OutgoingMessage.of("slow", "{}"));

        listen(1, Duration.ofMinutes(5), (message, retryCount) -> Thread.sleep(300));

        await().atMost(Duration.ofSeconds(2)).until(() -> queues.completed.contains("slow"));
        assertThat(queues.renewals("slow")).isGreaterThanOrEqualTo(3);
    }

    @Test
    void stopsRenewingAtMaxAutoLockRenewalAndSurvivesTheLostLockOnComplete() {
        queues.configure(QUEUE, QueueOptions.serviceBusDefaults().withLockDuration(Duration.ofMillis(40)));
        queues.send(QUEUE, OutgoingMessage.of("too-slow", "{}"));
        queues.send(QUEUE, OutgoingMessage.of("quick", "{}"));
        List<String> deliveries = new CopyOnWriteArrayList<>();

        listen(1, Duration.ofMillis(50), (message, retryCount) -> {
            deliveries.add(message.messageId() + "#" + message.deliveryCount());
            if (message.messageId().equals("too-slow") && message.deliveryCount() == 1) {
                Thread.sleep(300);
            }
        });

        await().atMost(Duration.ofSeconds(2)).until(() -> queues.completed.containsAll(List.of("quick", "too-slow")));
        assertThat(queues.renewals("too-slow")).isBetween(1, 3);
        assertThat(deliveries).containsExactlyInAnyOrder("too-slow#1", "quick#1", "too-slow#2");
    }

    @Test
    void runsNoMoreThanMaxConcurrentCallsAtOnce() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        for (int i = 0; i < 12; i++) {
            queues.send(QUEUE, OutgoingMessage.of("m-" + i, "{}"));
        }

        listen(3, Duration.ofMinutes(5), (message, retryCount) -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            Thread.sleep(20);
            running.decrementAndGet();
        });

        await().atMost(Duration.ofSeconds(2)).until(() -> queues.completed.size() == 12);
        assertThat(mostAtOnce.get()).isBetween(2, 3);
    }

    @Test
    void stopWaitsForTheInFlightInvocationAndCompletesItsMessage() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        List<String> threads = new CopyOnWriteArrayList<>();
        queues.send(QUEUE, OutgoingMessage.of("in-flight", "{}"));
        listen(2, Duration.ofMinutes(5), (message, retryCount) -> {
            threads.add(Thread.currentThread().getName());
            started.countDown();
            Thread.sleep(200);
        });
        assertThat(started.await(2, TimeUnit.SECONDS)).isTrue();

        listener.stop(Duration.ofSeconds(2));
        queues.send(QUEUE, OutgoingMessage.of("after-stop", "{}"));
        Thread.sleep(30);

        assertThat(queues.completed).containsExactly("in-flight");
        assertThat(queues.count(QUEUE)).isEqualTo(1);
        assertThat(threads).singleElement().asString().startsWith("trigger-relay-");
    }

    @Test
    void refusesAnInvalidConcurrency() {
        assertThatThrownBy(() -> new ServiceBusListener("relay", queues, QUEUE, 0, Duration.ZERO, (m, r) -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'maxConcurrentCalls' must be at least 1");
    }
}
