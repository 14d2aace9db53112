package com.cumulus.commerce.platform.streams;

import java.util.List;
import java.util.OptionalLong;

/**
 * Partitioned append-only event logs (Event Hubs): events with the same partition key land in the same
 * partition and keep their order there; each consumer group keeps its own durable checkpoint per partition.
 * A stream that was never created has {@value #DEFAULT_PARTITIONS} partitions.
 */
public interface EventStreams {

    int DEFAULT_PARTITIONS = 4;

    /** Creates the stream with that many partitions if it does not exist; returns its partition count. */
    int create(String stream, int partitions);

    int partitionCount(String stream);

    /** Appends durably; returns where the event landed. */
    AppendResult append(String stream, EventData event);

    /** Up to {@code maxEvents} events of one partition with sequence numbers above {@code afterSequence}. */
    List<ReceivedEvent> read(String stream, int partition, long afterSequence, int maxEvents);

    /** The consumer group's checkpoint for the partition: the last sequence number it finished. */
    OptionalLong checkpoint(String stream, String consumerGroup, int partition);

    void checkpoint(String stream, String consumerGroup, int partition, long sequenceNumber);

    record AppendResult(int partition, long sequenceNumber) {
    }
}
