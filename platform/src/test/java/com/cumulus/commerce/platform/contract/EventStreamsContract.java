package com.cumulus.commerce.platform.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cumulus.commerce.platform.streams.EventData;
import com.cumulus.commerce.platform.streams.EventStreams;
import com.cumulus.commerce.platform.streams.EventStreams.AppendResult;
import com.cumulus.commerce.platform.streams.ReceivedEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The {@link EventStreams} contract (Event Hubs): keyed events stay together and in order in one partition,
 * sequence numbers rise by one from 1, and each consumer group's checkpoints are its own and durable.
 */
public abstract class EventStreamsContract extends StoreContract<EventStreams> {

    protected static final Instant START = Instant.parse("2030-01-01T00:00:00Z");
    private static final String STREAM = "clickstream";

    protected EventStreamsContract() {
        super(START);
    }

    private EventStreams streams() {
        return store();
    }

    @Test
    void streamNeverCreatedHasTheDefaultPartitionCount() {
        assertThat(streams().partitionCount("never-created")).isEqualTo(EventStreams.DEFAULT_PARTITIONS);
        assertThat(streams().create("never-created", 8)).isEqualTo(EventStreams.DEFAULT_PARTITIONS);
    }

    @Test
    void createKeepsTheFirstPartitionCount() throws Exception {
        assertThat(streams().create(STREAM, 2)).isEqualTo(2);
        assertThat(streams().create(STREAM, 6)).isEqualTo(2);

        restart();

        assertThat(streams().partitionCount(STREAM)).isEqualTo(2);
    }

    @Test
    void sameKeyLandsInOnePartitionInAppendOrderNumberedFromOne() {
        List<AppendResult> results = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            results.add(streams().append(STREAM, new EventData("user-42", "view-" + i, Map.of("type", "view"))));
        }

        int partition = results.get(0).partition();
        assertThat(results).extracting(AppendResult::partition).containsOnly(partition);
        assertThat(results).extracting(AppendResult::sequenceNumber).containsExactly(1L, 2L, 3L, 4L, 5L);
        List<ReceivedEvent> events = streams().read(STREAM, partition, 0, 100);
        assertThat(events).extracting(ReceivedEvent::body)
                .containsExactly("view-0", "view-1", "view-2", "view-3", "view-4");
        assertThat(events.get(0)).satisfies(e -> {
            assertThat(e.stream()).isEqualTo(STREAM);
            assertThat(e.partition()).isEqualTo(partition);
            assertThat(e.partitionKey()).isEqualTo("user-42");
            assertThat(e.enqueuedTime()).isEqualTo(START);
            assertThat(e.properties()).containsExactly(Map.entry("type", "view"));
        });
    }

    @Test
    void sameKeyKeepsItsPartitionAcrossARestart() throws Exception {
        int before = streams().append(STREAM, EventData.of("cart-7", "a")).partition();

        restart();

        AppendResult after = streams().append(STREAM, EventData.of("cart-7", "b"));
        assertThat(after.partition()).isEqualTo(before);
        assertThat(after.sequenceNumber()).isEqualTo(2);
    }

    @Test
    void keysSpreadOverPartitions() {
        Set<Integer> used = new HashSet<>();
        for (int i = 0; i < 64; i++) {
            used.add(streams().append(STREAM, EventData.of("user-" + i, "x")).partition());
        }

        assertThat(used).hasSize(EventStreams.DEFAULT_PARTITIONS);
    }

    @Test
    void eventsWithoutKeyGoRoundRobin() {
        streams().create(STREAM, 3);
        List<Integer> partitions = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            partitions.add(streams().append(STREAM, EventData.of(null, "x")).partition());
        }

        assertThat(new HashSet<>(partitions)).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(partitions.subList(3, 6)).isEqualTo(partitions.subList(0, 3));
    }

    @Test
    void readStartsAfterTheGivenSequenceAndStopsAtTheMaximum() {
        streams().create(STREAM, 1);
        for (int i = 1; i <= 10; i++) {
            streams().append(STREAM, EventData.of("k", "e-" + i));
        }

        assertThat(streams().read(STREAM, 0, 4, 3)).extracting(ReceivedEvent::sequenceNumber)
                .containsExactly(5L, 6L, 7L);
        assertThat(streams().read(STREAM, 0, 10, 3)).isEmpty();
    }

    @Test
    void partitionOutsideTheStreamIsRejected() {
        streams().create(STREAM, 2);

        assertThatThrownBy(() -> streams().read(STREAM, 2, 0, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'partition'");
    }

    @Test
    void checkpointIsEmptyUntilSetAndSurvivesARestart() throws Exception {
        streams().create(STREAM, 2);
        assertThat(streams().checkpoint(STREAM, "recommender", 1)).isEmpty();

        streams().checkpoint(STREAM, "recommender", 1, 17);
        restart();

        assertThat(streams().checkpoint(STREAM, "recommender", 1)).isEqualTo(OptionalLong.of(17));
        assertThat(streams().checkpoint(STREAM, "recommender", 0)).isEmpty();
    }

    @Test
    void consumerResumesAfterItsCheckpointAfterARestart() throws Exception {
        streams().create(STREAM, 1);
        for (int i = 1; i <= 5; i++) {
            streams().append(STREAM, EventData.of("k", "e-" + i));
        }
        List<ReceivedEvent> batch = streams().read(STREAM, 0, 0, 3);
        streams().checkpoint(STREAM, "recommender", 0, batch.get(batch.size() - 1).sequenceNumber());

        restart();

        long resumeAfter = streams().checkpoint(STREAM, "recommender", 0).orElse(0);
        assertThat(streams().read(STREAM, 0, resumeAfter, 100)).extracting(ReceivedEvent::body)
                .containsExactly("e-4", "e-5");
    }

    @Test
    void consumerGroupsKeepIndependentCheckpoints() {
        streams().create(STREAM, 1);
        streams().checkpoint(STREAM, "recommender", 0, 3);
        streams().checkpoint(STREAM, "analytics", 0, 9);
        streams().checkpoint(STREAM, "recommender", 0, 4);

        assertThat(streams().checkpoint(STREAM, "recommender", 0)).isEqualTo(OptionalLong.of(4));
        assertThat(streams().checkpoint(STREAM, "analytics", 0)).isEqualTo(OptionalLong.of(9));
    }

    @Test
    void concurrentAppendsGetGaplessSequenceNumbers() throws Exception {
        streams().create(STREAM, 1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        streams().append(STREAM, EventData.of("k", writer + "-" + i));
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        List<ReceivedEvent> events = streams().read(STREAM, 0, 0, 1000);
        assertThat(events).hasSize(200);
        for (int i = 0; i < events.size(); i++) {
            assertThat(events.get(i).sequenceNumber()).isEqualTo(i + 1L);
        }
        for (int w = 0; w < 4; w++) {
            String prefix = w + "-";
            assertThat(events.stream().map(ReceivedEvent::body).filter(b -> b.startsWith(prefix)))
                    .as("writer %d's own order", w)
                    .containsExactly(IntStream.range(0, 50).mapToObj(i -> prefix + i)
                            .toArray(String[]::new));
        }
    }
}
