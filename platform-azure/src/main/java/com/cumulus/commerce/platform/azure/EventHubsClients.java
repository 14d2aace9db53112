package com.cumulus.commerce.platform.azure;

import com.azure.core.credential.TokenCredential;
import com.azure.messaging.eventhubs.CheckpointStore;
import com.azure.messaging.eventhubs.EventHubClientBuilder;
import com.azure.messaging.eventhubs.EventHubConsumerClient;
import com.azure.messaging.eventhubs.EventHubProducerClient;
import com.azure.messaging.eventhubs.checkpointstore.blob.BlobCheckpointStore;
import com.azure.storage.blob.BlobContainerAsyncClient;
import com.azure.storage.blob.BlobContainerClientBuilder;
import com.cumulus.commerce.platform.config.AppSettings;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Where {@link EventHubsStreams} gets its SDK clients: a producer and a consumer per event hub, and the checkpoint
 * store in Blob Storage. Tests hand it mocks, or the real checkpoint store on Azurite, through this seam.
 */
interface EventHubsClients extends AutoCloseable {

    /** The Functions connection that the Event Hubs triggers and these clients share. */
    String CONNECTION = "EventHubConnection";
    /** The storage the Functions host keeps its own state in; the checkpoints go to its Blob service. */
    String STORAGE_CONNECTION = "AzureWebJobsStorage";
    /** The app setting naming the blob container for the checkpoints. */
    String CHECKPOINT_CONTAINER_SETTING = "EVENTHUB_CHECKPOINT_CONTAINER";
    String DEFAULT_CHECKPOINT_CONTAINER = "eventhub-checkpoints";
    /**
     * The app setting naming the consumer group the port's reads use. The Functions trigger's event processor
     * reads exclusively (an owner level), which disconnects other readers of its consumer group, so reads beside a
     * trigger need a group of their own.
     */
    String READ_CONSUMER_GROUP_SETTING = "EVENTHUB_READ_CONSUMER_GROUP";

    EventHubProducerClient producer(String eventHub);

    /** A consumer of the hub in the consumer group the port's reads use ({@code $Default} unless set). */
    EventHubConsumerClient consumer(String eventHub);

    CheckpointStore checkpointStore();

    @Override
    void close();

    static EventHubsClients open(AppSettings settings) {
        var hubs = ServiceConnection.named(settings, CONNECTION);
        var storage = ServiceConnection.named(settings, STORAGE_CONNECTION);
        String container = settings.get(CHECKPOINT_CONTAINER_SETTING, DEFAULT_CHECKPOINT_CONTAINER);
        String readGroup = settings.get(READ_CONSUMER_GROUP_SETTING, EventHubClientBuilder.DEFAULT_CONSUMER_GROUP_NAME);
        Supplier<EventHubClientBuilder> builders = builders(hubs);
        return new SdkClients(builders, readGroup, () -> checkpointContainer(storage, container));
    }

    /** A fresh builder per hub; the connection settings are checked at once, so a bad one fails at start. */
    private static Supplier<EventHubClientBuilder> builders(ServiceConnection connection) {
        var connectionString = connection.connectionString();
        if (connectionString.isPresent()) {
            String value = connectionString.get();
            try {
                new EventHubClientBuilder().connectionString(value);
            } catch (IllegalArgumentException | NullPointerException e) {
                // the SDK's message may quote the string, key included
                throw new IllegalStateException("app setting '" + connection.name()
                        + "' is not an Event Hubs connection string");
            }
            return () -> new EventHubClientBuilder().connectionString(value);
        }
        String namespace = connection.requireProperty("fullyQualifiedNamespace");
        TokenCredential credential = connection.credential();
        return () -> new EventHubClientBuilder().fullyQualifiedNamespace(namespace).credential(credential);
    }

    /** The checkpoint container on AzureWebJobsStorage's Blob service, created on first use. */
    static BlobContainerAsyncClient checkpointContainer(ServiceConnection storage, String container) {
        var builder = new BlobContainerClientBuilder().containerName(container);
        var connectionString = storage.connectionString();
        try {
            if (connectionString.isPresent()) {
                builder.connectionString(connectionString.get());
            } else {
                builder.endpoint(storage.requireProperty("blobServiceUri")).credential(storage.credential());
            }
        } catch (IllegalArgumentException e) {
            // the SDK's message may quote the string, key included
            throw new IllegalStateException("app setting '" + storage.name() + "' is not a storage connection string");
        }
        var client = builder.buildAsyncClient();
        client.createIfNotExists().block();
        return client;
    }

    final class SdkClients implements EventHubsClients {

        private final Supplier<EventHubClientBuilder> builders;
        private final String readGroup;
        private final Supplier<BlobContainerAsyncClient> container;
        private final Map<String, EventHubProducerClient> producers = new ConcurrentHashMap<>();
        private final Map<String, EventHubConsumerClient> consumers = new ConcurrentHashMap<>();
        private volatile CheckpointStore checkpoints;

        SdkClients(Supplier<EventHubClientBuilder> builders, String readGroup,
                Supplier<BlobContainerAsyncClient> container) {
            this.builders = builders;
            this.readGroup = readGroup;
            this.container = container;
        }

        @Override
        public EventHubProducerClient producer(String eventHub) {
            return producers.computeIfAbsent(eventHub, hub -> hubBuilder(hub).buildProducerClient());
        }

        @Override
        public EventHubConsumerClient consumer(String eventHub) {
            return consumers.computeIfAbsent(eventHub, hub -> hubBuilder(hub)
                    .consumerGroup(readGroup).buildConsumerClient());
        }

        @Override
        public CheckpointStore checkpointStore() {
            var store = checkpoints;
            if (store == null) {
                synchronized (this) {
                    if (checkpoints == null) {
                        checkpoints = new BlobCheckpointStore(container.get());
                    }
                    store = checkpoints;
                }
            }
            return store;
        }

        private EventHubClientBuilder hubBuilder(String hub) {
            return builders.get().eventHubName(hub);
        }

        @Override
        public void close() {
            producers.values().forEach(EventHubProducerClient::close);
            consumers.values().forEach(EventHubConsumerClient::close);
            producers.clear();
            consumers.clear();
        }
    }
}
