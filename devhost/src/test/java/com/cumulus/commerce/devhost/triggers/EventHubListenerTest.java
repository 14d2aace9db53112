package com.cumulus.commerce.devhost.triggers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.cumulus.commerce.platform.streams.EventData;
import com.cumulus.commerce.platform.streams.ReceivedEvent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventHubListenerTest {

    private static final String HUB = "clickstream";
    private static final String GROUP = "recommendations";

    private final InMemoryEventStreams streams = new InMemoryEventStreams();
    private EventHubListener listener;

    @AfterEach
    void stopListener() {
        if (listener != null) {
            listener.stop(Duration.ofSeconds(1));
        }
    }

    private void listen(int maxBatchSize, RetryPolicy retry, Invocation<List<ReceivedEvent>> invocation) {
        listener = new EventHubListener("learn", streams, HUB, GROUP, maxBatchSize, retry, invocation,
                TestPacing.FAST);
        listener.start();
    }

    @Test
    void checkpointsPastABatchEvenWhenTheFunctionFailsAfterItsRetries() {
        streams.create(HUB, 1);
        for (int i = 0; i < 3; i++) {
            streams.appendTo(HUB, 0, EventData.of("u-1", "{}"));
        }
        List<Integer> retryCounts = new CopyOnWriteArrayList<>();

        listen(10, RetryPolicy.fixedDelay(2, Duration.ofMillis(1)), (batch, retryCount) -> {
            retryCounts.add(retryCount);
            throw new IllegalStateException("model store down");
        });

        await().atMost(Duration.ofSeconds(2)).until(() -> streams.checkpoint(HUB, GROUP, 0).orElse(0) == 3);
        assertThat(retryCounts).containsExactly(0, 1, 2);
    }

    @Test
    void deliversEachPartitionInOrderFromTheGroupsCheckpoint() {
        streams.create(HUB, 2);
        for (int i = 0; i < 6; i++) {
            streams.appendTo(HUB, 0, EventData.of("a", "{}"));
            streams.appendTo(HUB, 1, EventData.of("b", "{}"));
        }
        streams.checkpoint(HUB, GROUP, 0, 2);
        Map<Integer, List<Long>> seen = new ConcurrentHashMap<>();
        List<Integer> batchSizes = new CopyOnWriteArrayList<>();

        listen(4, RetryPolicy.none(), (batch, retryCount) -> {
            batchSizes.add(batch.size());
            batch.forEach(e -> seen.computeIfAbsent(e.partition(), p -> new CopyOnWriteArrayList<>())
                    .add(e.sequenceNumber()));
        });

        await().atMost(Duration.ofSeconds(2)).until(() -> streams.checkpoint(HUB, GROUP, 0).orElse(0) == 6
                && streams.checkpoint(HUB, GROUP, 1).orElse(0) == 6);
        assertThat(seen.get(0)).containsExactly(3L, 4L, 5L, 6L);
        assertThat(seen.get(1)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(batchSizes).allMatch(size -> size <= 4);
    }

    @Test
    void capsBatchesAtOneHundredEvents() {
        streams.create(HUB, 1);
        for (int i = 0; i < 150; i++) {
            streams.appendTo(HUB, 0, EventData.of("u", "{}"));
        }
        List<Integer> batchSizes = new CopyOnWriteArrayList<>();

        listen(500, RetryPolicy.none(), (batch, retryCount) -> batchSizes.add(batch.size()));

        await().atMost(Duration.ofSeconds(2)).until(() -> streams.checkpoint(HUB, GROUP, 0).orElse(0) == 150);
        assertThat(batchSizes).containsExactly(100, 50);
    }

    @Test
    void picksUpEventsAppendedAfterStart() {
        streams.create(HUB, 1);
        List<Long> seen = new CopyOnWriteArrayList<>();
        listen(10, RetryPolicy.none(), (batch, retryCount) -> batch.forEach(e -> seen.add(e.sequenceNumber())));

        streams.appendTo(HUB, 0, EventData.of("late", "{}"));

        await().atMost(Duration.ofSeconds(2)).until(() -> seen.contains(1L));
        await().atMost(Duration.ofSeconds(2)).until(() -> streams.checkpoint(HUB, GROUP, 0).orElse(0) == 1);
    }
}
