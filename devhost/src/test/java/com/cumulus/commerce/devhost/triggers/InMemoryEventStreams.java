package com.cumulus.commerce.devhost.triggers;

import com.cumulus.commerce.platform.streams.EventData;
import com.cumulus.commerce.platform.streams.EventStreams;
import com.cumulus.commerce.platform.streams.ReceivedEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** Partitioned logs in memory; the partition is the key's hash, checkpoints per group and partition. */
final class InMemoryEventStreams implements EventStreams {

    private final Map<String, List<List<ReceivedEvent>>> streams = new HashMap<>();
    private final Map<String, Long> checkpoints = new HashMap<>();

    @Override
    public synchronized int create(String stream, int partitions) {
        return partitions(stream, partitions).size();
    }

    @Override
    public synchronized int partitionCount(String stream) {
        return partitions(stream, DEFAULT_PARTITIONS).size();
    }

    @Override
    public synchronized AppendResult append(String stream, EventData event) {
        List<List<ReceivedEvent>> partitions = partitions(stream, DEFAULT_PARTITIONS);
        int partition = Math.floorMod(event.partitionKey().hashCode(), partitions.size());
        return appendTo(stream, partition, event);
    }

    synchronized AppendResult appendTo(String stream, int partition, EventData event) {
        List<ReceivedEvent> log = partitions(stream, DEFAULT_PARTITIONS).get(partition);
        long sequence = log.size() + 1L;
        log.add(new ReceivedEvent(stream, partition, sequence, Instant.now(), event.partitionKey(), event.body(),
                event.properties()));
        return new AppendResult(partition, sequence);
    }

    @Override
    public synchronized List<ReceivedEvent> read(String stream, int partition, long afterSequence, int maxEvents) {
        List<ReceivedEvent> log = partitions(stream, DEFAULT_PARTITIONS).get(partition);
        int from = (int) Math.min(afterSequence, log.size());
        return List.copyOf(log.subList(from, Math.min(log.size(), from + maxEvents)));
    }

    @Override
    public synchronized OptionalLong checkpoint(String stream, String consumerGroup, int partition) {
        Long sequence = checkpoints.get(stream + "/" + consumerGroup + "/" + partition);
        return sequence == null ? OptionalLong.empty() : OptionalLong.of(sequence);
    }

    @Override
    public synchronized void checkpoint(String stream, String consumerGroup, int partition, long sequenceNumber) {
        checkpoints.put(stream + "/" + consumerGroup + "/" + partition, sequenceNumber);
    }

    private List<List<ReceivedEvent>> partitions(String stream, int count) {
        return streams.computeIfAbsent(stream, k -> {
            List<List<ReceivedEvent>> partitions = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                partitions.add(new ArrayList<>());
            }
            return partitions;
        });
    }
}
