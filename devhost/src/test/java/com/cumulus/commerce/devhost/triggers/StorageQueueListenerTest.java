package com.cumulus.commerce.devhost.triggers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.cumulus.commerce.platform.messaging.OutgoingMessage;
import com.cumulus.commerce.platform.messaging.QueueOptions;
import com.cumulus.commerce.platform.messaging.ReceivedMessage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StorageQueueListenerTest {

    private static final String QUEUE = "thumbnails";

    private final InMemoryQueues queues = new InMemoryQueues();
    private StorageQueueListener listener;

    @AfterEach
    void stopListener() {
        if (listener != null) {
            listener.stop(Duration.ofSeconds(1));
        }
    }

    private void listen(int maxDequeueCount, Duration visibilityTimeout, Invocation<ReceivedMessage> invocation) {
        listener = new StorageQueueListener("resize", queues, QUEUE, 4, maxDequeueCount, visibilityTimeout,
                invocation, TestPacing.FAST);
        listener.start();
    }

    @Test
    void configuresTheQueueToPoisonAfterMaxDequeueCount() {
        listen(3, Duration.ZERO, (message, retryCount) -> { });

        QueueOptions options = queues.options(QUEUE);
        assertThat(options.deadLetterPath()).isEqualTo("thumbnails-poison");
        assertThat(options.maxDeliveryCount()).isEqualTo(3);
        assertThat(options.lockDuration()).isEqualTo(QueueOptions.storageQueue(QUEUE).lockDuration());
    }

    @Test
    void movesAMessageThatKeepsFailingToThePoisonQueue() {
        List<Integer> dequeues = new CopyOnWriteArrayList<>();
        queues.send(QUEUE, OutgoingMessage.of("bad", "{}"));

        listen(3, Duration.ZERO, (message, retryCount) -> {
            dequeues.add(message.deliveryCount());
            throw new IllegalArgumentException("unreadable image");
        });

        await().atMost(Duration.ofSeconds(2)).until(() -> queues.describe("thumbnails-poison").size() == 1);
        assertThat(dequeues).containsExactly(1, 2, 3);
        assertThat(queues.count(QUEUE)).isZero();
    }

    @Test
    void keepsAFailedMessageInvisibleForTheVisibilityTimeout() {
        List<Long> attempts = new CopyOnWriteArrayList<>();
        queues.send(QUEUE, OutgoingMessage.of("flaky", "{}"));

        listen(5, Duration.ofMillis(150), (message, retryCount) -> {
            attempts.add(System.nanoTime());
            if (attempts.size() == 1) {
                throw new IllegalStateException("transient");
            }
        });

        await().atMost(Duration.ofSeconds(2)).until(() -> queues.completed.contains("flaky"));
        assertThat(Duration.ofNanos(attempts.get(1) - attempts.get(0))).isGreaterThanOrEqualTo(Duration.ofMillis(150));
    }

    @Test
    void releasesAMessageWaitingOutItsVisibilityTimeoutWhenStopped() throws InterruptedException {
        List<Integer> attempts = new CopyOnWriteArrayList<>();
        queues.send(QUEUE, OutgoingMessage.of("flaky", "{}"));
        listen(5, Duration.ofMinutes(10), (message, retryCount) -> {
            attempts.add(message.deliveryCount());
            throw new IllegalStateException("transient");
        });
        await().atMost(Duration.ofSeconds(2)).until(() -> attempts.size() == 1);
        Thread.sleep(50);
        assertThat(queues.abandoned).isEmpty();

        listener.stop(Duration.ofSeconds(1));

        assertThat(queues.abandoned).containsExactly("flaky");
        assertThat(queues.count(QUEUE)).isEqualTo(1);
        assertThat(attempts).containsExactly(1);
    }
}
