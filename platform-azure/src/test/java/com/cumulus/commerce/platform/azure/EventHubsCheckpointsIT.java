package com.cumulus.commerce.platform.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.azure.core.util.IterableStream;
import com.azure.messaging.eventhubs.CheckpointStore;
import com.azure.messaging.eventhubs.EventHubConsumerClient;
import com.azure.messaging.eventhubs.EventHubProducerClient;
import com.azure.messaging.eventhubs.checkpointstore.blob.BlobCheckpointStore;
import com.azure.messaging.eventhubs.models.Checkpoint;
import com.azure.storage.blob.BlobContainerAsyncClient;
import com.azure.storage.blob.models.BlobItem;
import com.cumulus.commerce.platform.config.AppSettings;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Event Hubs checkpoints in the SDK's Blob checkpoint store on Azurite: durable, per consumer group and
 * partition, in the layout and numbering the SDK's event processor reads. The hub itself is mocked.
 */
class EventHubsCheckpointsIT {

    private static final String NAMESPACE = "cumulus.servicebus.windows.net";

    private static Emulators.Azurite azurite;

    private final String container = "checkpoints-" + UUID.randomUUID();

    @BeforeAll
    static void startAzurite() {
        azurite = Emulators.azurite();
    }

    @AfterAll
    static void stopAzurite() {
        if (azurite != null) {
            azurite.close();
        }
    }

    @Test
    void checkpointIsEmptyUntilSetAndSurvivesAReopen() {
        try (var streams = open()) {
            assertThat(streams.checkpoint("clickstream", "recommender", 1)).isEmpty();
            streams.checkpoint("clickstream", "recommender", 1, 17);
        }

        try (var reopened = open()) {
            assertThat(reopened.checkpoint("clickstream", "recommender", 1)).isEqualTo(OptionalLong.of(17));
            assertThat(reopened.checkpoint("clickstream", "recommender", 0)).isEmpty();
        }
    }

    @Test
    void consumerGroupsKeepIndependentCheckpointsAndALaterOneReplacesTheEarlier() {
        try (var streams = open()) {
            streams.checkpoint("clickstream", "recommender", 0, 3);
            streams.checkpoint("clickstream", "analytics", 0, 9);
            streams.checkpoint("clickstream", "recommender", 0, 4);

            assertThat(streams.checkpoint("clickstream", "recommender", 0)).isEqualTo(OptionalLong.of(4));
            assertThat(streams.checkpoint("clickstream", "analytics", 0)).isEqualTo(OptionalLong.of(9));
            assertThat(streams.checkpoint("other-hub", "recommender", 0)).isEmpty();
        }
    }

    @Test
    void checkpointIsWhereTheSdksEventProcessorLooksInItsNumbering() {
        try (var streams = open()) {
            streams.checkpoint("clickstream", "recommender", 2, 17);
        }

        BlobContainerAsyncClient blobs = containerClient();
        List<Checkpoint> seen = new BlobCheckpointStore(blobs)
                .listCheckpoints(NAMESPACE, "clickstream", "recommender").collectList().block();
        assertThat(seen).singleElement().satisfies(c -> {
            assertThat(c.getPartitionId()).isEqualTo("2");
            assertThat(c.getSequenceNumber()).isEqualTo(16L);
        });
        assertThat(blobs.listBlobs().map(BlobItem::getName).collectList().block())
                .containsExactly(NAMESPACE + "/clickstream/recommender/checkpoint/2");
    }

    @Test
    void theAdapterOpenedFromSettingsKeepsItsCheckpointsInTheNamedContainerCreatedOnFirstUse() throws Exception {
        var settings = AppSettings.of(Map.of(
                "EventHubConnection", "Endpoint=sb://" + NAMESPACE + "/;SharedAccessKeyName=app;SharedAccessKey=a2V5",
                "AzureWebJobsStorage", azurite.connectionString(),
                EventHubsClients.CHECKPOINT_CONTAINER_SETTING, container));
        try (var streams = (EventHubsStreams) AzureAdapters.eventStreams(settings)) {
            streams.checkpoint("clickstream", "$Default", 0, 1);

            assertThat(streams.checkpoint("clickstream", "$Default", 0)).isEqualTo(OptionalLong.of(1));
        }

        assertThat(containerClient().listBlobs().map(BlobItem::getName).collectList().block())
                .containsExactly(NAMESPACE + "/clickstream/$Default/checkpoint/0");
    }

    private EventHubsStreams open() {
        var producer = mock(EventHubProducerClient.class);
        when(producer.getFullyQualifiedNamespace()).thenReturn(NAMESPACE);
        when(producer.getPartitionIds()).thenReturn(IterableStream.of(List.of("0", "1", "2", "3")));
        CheckpointStore store = new BlobCheckpointStore(containerClient());
        return new EventHubsStreams(new EventHubsClients() {
            @Override
            public EventHubProducerClient producer(String eventHub) {
                return producer;
            }

            @Override
            public EventHubConsumerClient consumer(String eventHub) {
                return mock(EventHubConsumerClient.class);
            }

            @Override
            public CheckpointStore checkpointStore() {
                return store;
            }

            @Override
            public void close() {
            }
        });
    }

    private BlobContainerAsyncClient containerClient() {
        return EventHubsClients.checkpointContainer(
                ServiceConnection.named(AppSettings.of(Map.of("AzureWebJobsStorage", azurite.connectionString())),
                        "AzureWebJobsStorage"), container);
    }
}
