package com.cumulus.commerce.platform.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.azure.core.util.IterableStream;
import com.azure.messaging.eventhubs.CheckpointStore;
import com.azure.messaging.eventhubs.EventHubConsumerClient;
import com.azure.messaging.eventhubs.EventHubProducerClient;
import com.azure.messaging.eventhubs.models.Checkpoint;
import com.azure.messaging.eventhubs.models.EventPosition;
import com.azure.messaging.eventhubs.models.PartitionEvent;
import com.azure.messaging.eventhubs.models.SendOptions;
import com.cumulus.commerce.platform.streams.EventData;
import com.cumulus.commerce.platform.streams.ReceivedEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** {@link EventHubsStreams} against the SDK's producer, consumer and checkpoint store mocked. */
class EventHubsStreamsTest {

    private static final String NAMESPACE = "cumulus.servicebus.windows.net";
    private static final String TRACEPARENT = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

    private final EventHubsClients clients = mock(EventHubsClients.class);
    private final EventHubProducerClient producer = mock(EventHubProducerClient.class);
    private final EventHubConsumerClient consumer = mock(EventHubConsumerClient.class);
    private final CheckpointStore checkpoints = mock(CheckpointStore.class);
    private final EventHubsStreams streams = new EventHubsStreams(clients);

    EventHubsStreamsTest() {
        when(clients.producer("clickstream")).thenReturn(producer);
        when(clients.consumer("clickstream")).thenReturn(consumer);
        when(clients.checkpointStore()).thenReturn(checkpoints);
        when(producer.getFullyQualifiedNamespace()).thenReturn(NAMESPACE);
        when(producer.getPartitionIds()).thenReturn(IterableStream.of(List.of("0", "1", "2", "3")));
    }

    @Test
    void aKeyedEventIsSentWithItsPartitionKeyPropertiesAndTraceparent() {
        streams.append("clickstream", new EventData("user-42", "{\"view\":\"85123A\"}",
                Map.of("type", "commerce.clicks.viewed.v1", "traceparent", TRACEPARENT)));

        var sent = eventsSent();
        var options = ArgumentCaptor.forClass(SendOptions.class);
        verify(producer).send(sent.capture(), options.capture());
        assertThat(options.getValue().getPartitionKey()).isEqualTo("user-42");
        assertThat(options.getValue().getPartitionId()).isNull();
        assertThat(sent.getValue()).singleElement().satisfies(e -> {
            assertThat(e.getBodyAsString()).isEqualTo("{\"view\":\"85123A\"}");
            assertThat(e.getProperties()).containsExactlyInAnyOrderEntriesOf(
                    Map.of("type", "commerce.clicks.viewed.v1", "traceparent", TRACEPARENT));
        });
    }

    @Test
    void anEventWithoutKeyIsLeftToTheServiceAndWhereItLandedIsUnknown() {
        var result = streams.append("clickstream", EventData.of(null, "x"));

        var options = ArgumentCaptor.forClass(SendOptions.class);
        verify(producer).send(any(), options.capture());
        assertThat(options.getValue().getPartitionKey()).isNull();
        assertThat(options.getValue().getPartitionId()).isNull();
        assertThat(result).isEqualTo(EventHubsStreams.UNKNOWN);
    }

    @Test
    void partitionCountIsTheHubsAndCreateCannotChangeIt() {
        assertThat(streams.partitionCount("clickstream")).isEqualTo(4);
        assertThat(streams.create("clickstream", 8)).isEqualTo(4);
    }

    @Test
    void readStartsAtTheServicesSequenceNumberAndNumbersFromOne() {
        var event = mock(com.azure.messaging.eventhubs.EventData.class);
        when(event.getSequenceNumber()).thenReturn(4L);
        when(event.getEnqueuedTime()).thenReturn(Instant.parse("2030-01-01T00:00:00Z"));
        when(event.getPartitionKey()).thenReturn("user-42");
        when(event.getBodyAsString()).thenReturn("view-4");
        when(event.getProperties()).thenReturn(Map.of("traceparent", TRACEPARENT));
        var partitionEvent = mock(PartitionEvent.class);
        when(partitionEvent.getData()).thenReturn(event);
        when(consumer.receiveFromPartition(eq("2"), eq(3), any(EventPosition.class), eq(EventHubsStreams.READ_WAIT)))
                .thenReturn(IterableStream.of(List.of(partitionEvent)));

        List<ReceivedEvent> events = streams.read("clickstream", 2, 4, 3);

        var position = ArgumentCaptor.forClass(EventPosition.class);
        verify(consumer).receiveFromPartition(eq("2"), eq(3), position.capture(), any());
        assertThat(position.getValue().getSequenceNumber()).isEqualTo(4L);
        assertThat(position.getValue().isInclusive()).isTrue();
        assertThat(events).singleElement().isEqualTo(new ReceivedEvent("clickstream", 2, 5,
                Instant.parse("2030-01-01T00:00:00Z"), "user-42", "view-4", Map.of("traceparent", TRACEPARENT)));
    }

    @Test
    void readFromTheStartBeginsAtTheEarliestEvent() {
        when(consumer.receiveFromPartition(any(), anyInt(), any(EventPosition.class), any()))
                .thenReturn(IterableStream.of(List.of()));

        assertThat(streams.read("clickstream", 0, 0, 10)).isEmpty();

        verify(consumer).receiveFromPartition("0", 10, EventPosition.earliest(), EventHubsStreams.READ_WAIT);
    }

    @Test
    void partitionOutsideTheHubIsRejected() {
        assertThatThrownBy(() -> streams.read("clickstream", 4, 0, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'partition'");
    }

    @Test
    void checkpointIsWrittenForTheHubGroupAndPartitionInTheServicesNumbering() {
        when(checkpoints.updateCheckpoint(any())).thenReturn(Mono.empty());

        streams.checkpoint("clickstream", "recommender", 1, 17);

        var written = ArgumentCaptor.forClass(Checkpoint.class);
        verify(checkpoints).updateCheckpoint(written.capture());
        assertThat(written.getValue()).satisfies(c -> {
            assertThat(c.getFullyQualifiedNamespace()).isEqualTo(NAMESPACE);
            assertThat(c.getEventHubName()).isEqualTo("clickstream");
            assertThat(c.getConsumerGroup()).isEqualTo("recommender");
            assertThat(c.getPartitionId()).isEqualTo("1");
            assertThat(c.getSequenceNumber()).isEqualTo(16L);
        });
    }

    @Test
    void checkpointIsReadBackForItsPartitionOnly() {
        when(checkpoints.listCheckpoints(NAMESPACE, "clickstream", "recommender")).thenReturn(Flux.just(
                new Checkpoint().setPartitionId("0").setSequenceNumber(2L),
                new Checkpoint().setPartitionId("1").setSequenceNumber(16L)));

        assertThat(streams.checkpoint("clickstream", "recommender", 1)).isEqualTo(OptionalLong.of(17));
        assertThat(streams.checkpoint("clickstream", "recommender", 3)).isEmpty();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ArgumentCaptor<Iterable<com.azure.messaging.eventhubs.EventData>> eventsSent() {
        return (ArgumentCaptor) ArgumentCaptor.forClass(Iterable.class);
    }
}
