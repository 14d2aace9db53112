package com.cumulus.commerce.platform.azure;

import com.azure.messaging.eventhubs.models.Checkpoint;
import com.azure.messaging.eventhubs.models.EventPosition;
import com.azure.messaging.eventhubs.models.PartitionEvent;
import com.azure.messaging.eventhubs.models.SendOptions;
import com.cumulus.commerce.platform.streams.EventData;
import com.cumulus.commerce.platform.streams.EventStreams;
import com.cumulus.commerce.platform.streams.ReceivedEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link EventStreams} on Event Hubs. A keyed event is sent with its partition key, so the service keeps a key's
 * events in one partition and in order; checkpoints live in Blob Storage through the SDK's checkpoint store, in the
 * layout the SDK's event processor reads. Event Hubs numbers a partition's events from 0 and the port from 1, so
 * the port's number is the service's plus one, both ways.
 *
 * <p>Reads use the consumer group named by {@code EVENTHUB_READ_CONSUMER_GROUP} ({@code $Default} unless set).
 * What Event Hubs does not do as the port says: hubs are created by the infrastructure, not by {@link #create}
 * (it answers the existing hub's partition count), and a send does not tell where the event landed, so
 * {@link #append} answers {@link #UNKNOWN}.
 */
final class EventHubsStreams implements EventStreams, AutoCloseable {

    /** What {@link #append} answers: the service does not report a sent event's partition or sequence number. */
    static final AppendResult UNKNOWN = new AppendResult(-1, -1);
    /** How long one read waits for events before answering what it has. */
    static final Duration READ_WAIT = Duration.ofSeconds(1);

    private final EventHubsClients clients;
    private final Map<String, Integer> partitionCounts = new ConcurrentHashMap<>();

    EventHubsStreams(EventHubsClients clients) {
        this.clients = Objects.requireNonNull(clients, "'clients' must not be null");
    }

    /** Event hubs are created by the infrastructure (their partition count is fixed there): this answers it. */
    @Override
    public int create(String stream, int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("'partitions' must be at least 1");
        }
        return partitionCount(stream);
    }

    @Override
    public int partitionCount(String stream) {
        requireName(stream);
        return partitionCounts.computeIfAbsent(stream, hub -> {
            int count = 0;
            for (String ignored : clients.producer(hub).getPartitionIds()) {
                count++;
            }
            return count;
        });
    }

    @Override
    public AppendResult append(String stream, EventData event) {
        requireName(stream);
        Objects.requireNonNull(event, "'event' must not be null");
        var sdk = new com.azure.messaging.eventhubs.EventData(event.body());
        sdk.getProperties().putAll(event.properties());
        var options = new SendOptions();
        if (event.partitionKey() != null) {
            options.setPartitionKey(event.partitionKey());
        }
        clients.producer(stream).send(List.of(sdk), options);
        return UNKNOWN;
    }

    @Override
    public List<ReceivedEvent> read(String stream, int partition, long afterSequence, int maxEvents) {
        requirePartition(stream, partition);
        if (afterSequence < 0) {
            throw new IllegalArgumentException("'afterSequence' must not be negative");
        }
        if (maxEvents < 1) {
            throw new IllegalArgumentException("'maxEvents' must be at least 1");
        }
        // the port's "after n" is the service's sequence number n - 1 exclusive, that is n inclusive
        EventPosition from = afterSequence == 0 ? EventPosition.earliest()
                : EventPosition.fromSequenceNumber(afterSequence, true);
        var events = new ArrayList<ReceivedEvent>();
        for (PartitionEvent received : clients.consumer(stream)
                .receiveFromPartition(String.valueOf(partition), maxEvents, from, READ_WAIT)) {
            var data = received.getData();
            Map<String, String> properties = new HashMap<>();
            data.getProperties().forEach((name, value) -> {
                if (value != null) {
                    properties.put(name, value.toString());
                }
            });
            events.add(new ReceivedEvent(stream, partition, data.getSequenceNumber() + 1, data.getEnqueuedTime(),
                    data.getPartitionKey(), data.getBodyAsString(), properties));
        }
        return events;
    }

    @Override
    public OptionalLong checkpoint(String stream, String consumerGroup, int partition) {
        requireName(stream);
        requireConsumerGroup(consumerGroup);
        String partitionId = String.valueOf(requireNotNegative(partition));
        String namespace = clients.producer(stream).getFullyQualifiedNamespace();
        List<Checkpoint> checkpoints = clients.checkpointStore()
                .listCheckpoints(namespace, stream, consumerGroup).collectList().block();
        if (checkpoints == null) {
            return OptionalLong.empty();
        }
        return checkpoints.stream()
                .filter(c -> partitionId.equals(c.getPartitionId()) && c.getSequenceNumber() != null)
                .mapToLong(c -> c.getSequenceNumber() + 1)
                .findFirst();
    }

    @Override
    public void checkpoint(String stream, String consumerGroup, int partition, long sequenceNumber) {
        requireName(stream);
        requireConsumerGroup(consumerGroup);
        if (sequenceNumber < 1) {
            throw new IllegalArgumentException("'sequenceNumber' must be at least 1");
        }
        var checkpoint = new Checkpoint()
                .setFullyQualifiedNamespace(clients.producer(stream).getFullyQualifiedNamespace())
                .setEventHubName(stream)
                .setConsumerGroup(consumerGroup)
                .setPartitionId(String.valueOf(requireNotNegative(partition)))
                .setSequenceNumber(sequenceNumber - 1);
        clients.checkpointStore().updateCheckpoint(checkpoint).block();
    }

    @Override
    public void close() {
        clients.close();
    }

    private void requirePartition(String stream, int partition) {
        int count = partitionCount(stream);
        if (partition < 0 || partition >= count) {
            throw new IllegalArgumentException("'partition' must be from 0 to " + (count - 1) + " for '" + stream + "'");
        }
    }

    private static int requireNotNegative(int partition) {
        if (partition < 0) {
            throw new IllegalArgumentException("'partition' must not be negative");
        }
        return partition;
    }

    private static void requireName(String stream) {
        if (stream == null || stream.isBlank()) {
            throw new IllegalArgumentException("'stream' must not be blank");
        }
    }

    private static void requireConsumerGroup(String consumerGroup) {
        if (consumerGroup == null || consumerGroup.isBlank()) {
            throw new IllegalArgumentException("'consumerGroup' must not be blank");
        }
    }
}
