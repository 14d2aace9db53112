package com.cumulus.commerce.devhost.triggers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.cumulus.commerce.platform.documents.Document;
import com.cumulus.commerce.platform.documents.DocumentContainer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChangeFeedListenerTest {

    private final InMemoryChangeFeed feed = new InMemoryChangeFeed();
    private final DocumentContainer container = mock(DocumentContainer.class);
    private ChangeFeedListener listener;

    @BeforeEach
    void wireContainer() {
        when(container.name()).thenReturn("orders");
        when(container.changeFeed("outbox-relay")).thenReturn(feed);
    }

    @AfterEach
    void stopListener() {
        if (listener != null) {
            listener.stop(Duration.ofSeconds(1));
        }
    }

    private void listen(int maxItems, RetryPolicy retry, Invocation<List<Document>> invocation) {
        listener = new ChangeFeedListener("relay", container, "outbox-relay", maxItems, retry, invocation,
                TestPacing.FAST);
        listener.start();
    }

    @Test
    void checkpointsTheLastLsnOfEachBatch() {
        for (long lsn = 1; lsn <= 5; lsn++) {
            feed.write("o-" + lsn, lsn);
        }
        List<List<Long>> batches = new CopyOnWriteArrayList<>();

        listen(2, RetryPolicy.none(), (batch, retryCount) -> batches.add(batch.stream().map(Document::lsn).toList()));

        await().atMost(Duration.ofSeconds(2)).until(() -> feed.checkpointed() == 5);
        assertThat(batches).containsExactly(List.of(1L, 2L), List.of(3L, 4L), List.of(5L));
    }

    @Test
    void retriesThePolicysCountThenCheckpointsPastTheBatch() throws InterruptedException {
        feed.write("o-1", 7);
        feed.write("o-2", 9);
        List<Integer> retryCounts = new CopyOnWriteArrayList<>();

        listen(10, RetryPolicy.fixedDelay(3, Duration.ofMillis(1)), (batch, retryCount) -> {
            retryCounts.add(retryCount);
            throw new IllegalStateException("bus unavailable");
        });

        await().atMost(Duration.ofSeconds(2)).until(() -> feed.checkpointed() == 9);
        Thread.sleep(20);
        assertThat(retryCounts).containsExactly(0, 1, 2, 3);
    }

    @Test
    void stopDuringRetriesLeavesTheBatchUncheckpointed() {
        feed.write("o-1", 1);
        List<Integer> retryCounts = new CopyOnWriteArrayList<>();
        listen(10, RetryPolicy.fixedDelay(-1, Duration.ofMillis(5)), (batch, retryCount) -> {
            retryCounts.add(retryCount);
            throw new IllegalStateException("bus unavailable");
        });
        await().atMost(Duration.ofSeconds(2)).until(() -> retryCounts.size() >= 3);

        listener.stop(Duration.ofSeconds(1));

        assertThat(feed.checkpointed()).isZero();
        assertThat(feed.rewinds()).isEqualTo(1);
    }

    @Test
    void stopWaitsForTheInFlightBatchAndCheckpointsIt() throws InterruptedException {
        feed.write("o-1", 4);
        List<Long> handled = new CopyOnWriteArrayList<>();
        CountDownLatch started = new CountDownLatch(1);
        listen(10, RetryPolicy.none(), (batch, retryCount) -> {
            started.countDown();
            Thread.sleep(200);
            handled.add(batch.get(0).lsn());
        });
        assertThat(started.await(2, TimeUnit.SECONDS)).isTrue();

        listener.stop(Duration.ofSeconds(2));

        assertThat(handled).containsExactly(4L);
        assertThat(feed.checkpointed()).isEqualTo(4);
    }
}
