package com.cumulus.commerce.devhost.triggers;

import com.cumulus.commerce.platform.streams.EventStreams;
import com.cumulus.commerce.platform.streams.ReceivedEvent;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An Event Hubs trigger: one loop per partition reads in order from the consumer group's checkpoint, hands the
 * function batches of up to {@code maxBatchSize} events (at most {@value #MAX_BATCH_SIZE}), retries per policy,
 * then checkpoints past the batch even when the function still failed, as Azure does: the function must
 * dead-letter what it cannot process.
 */
public final class EventHubListener extends PollingListener<List<ReceivedEvent>> {

    static final int MAX_BATCH_SIZE = 100;
    private static final Logger LOG = LoggerFactory.getLogger(EventHubListener.class);

    private final EventStreams streams;
    private final String eventHub;
    private final String consumerGroup;
    private final int maxBatchSize;

    public EventHubListener(String functionName, EventStreams streams, String eventHub, String consumerGroup,
            int maxBatchSize, RetryPolicy retry, Invocation<List<ReceivedEvent>> invocation) {
        this(functionName, streams, eventHub, consumerGroup, maxBatchSize, retry, invocation, Pacing.DEFAULT);
    }

    EventHubListener(String functionName, EventStreams streams, String eventHub, String consumerGroup,
            int maxBatchSize, RetryPolicy retry, Invocation<List<ReceivedEvent>> invocation, Pacing pacing) {
        super(functionName, retry, invocation, pacing);
        this.streams = Checks.notNull(streams, "streams");
        this.eventHub = Checks.notBlank(eventHub, "eventHub");
        this.consumerGroup = Checks.notBlank(consumerGroup, "consumerGroup");
        this.maxBatchSize = Math.min(Checks.atLeast(maxBatchSize, 1, "maxBatchSize"), MAX_BATCH_SIZE);
    }

    /** One loop per partition, as many as the hub has when the trigger starts. */
    @Override
    List<Poller.Work> loops() {
        int partitions = streams.partitionCount(eventHub);
        List<Poller.Work> loops = new ArrayList<>(partitions);
        for (int partition = 0; partition < partitions; partition++) {
            loops.add(new PartitionReader(partition)::poll);
        }
        return loops;
    }

    /** One partition's position; touched only by its own loop thread. */
    private final class PartitionReader {

        private final int partition;
        private long position = -1;

        PartitionReader(int partition) {
            this.partition = partition;
        }

        boolean poll() {
            if (position < 0) {
                position = streams.checkpoint(eventHub, consumerGroup, partition).orElse(0);
            }
            List<ReceivedEvent> batch = streams.read(eventHub, partition, position, maxBatchSize);
            if (batch.isEmpty()) {
                return false;
            }
            Retrier.Outcome outcome = invoke(batch);
            if (outcome.stopped()) {
                return false;
            }
            long first = batch.get(0).sequenceNumber();
            long last = batch.get(batch.size() - 1).sequenceNumber();
            if (!outcome.succeeded()) {
                LOG.error("Function {} failed for event hub {} partition {} sequence numbers {}-{} after {} attempts; "
                        + "checkpointing past them", functionName(), eventHub, partition, first, last,
                        outcome.attempts(), outcome.lastFailure());
            }
            streams.checkpoint(eventHub, consumerGroup, partition, last);
            position = last;
            return true;
        }
    }
}
