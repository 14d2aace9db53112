package com.cumulus.commerce.platform.local;

import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.streams.EventData;
import com.cumulus.commerce.platform.streams.EventStreams;
import com.cumulus.commerce.platform.streams.ReceivedEvent;
import java.util.List;
import java.util.OptionalLong;

/** Stand-in until the embedded event log lands; only its constructor and close are real. */
final class EmbeddedEventStreams implements EventStreams, AutoCloseable {

    private final SqliteDatabase db;

    EmbeddedEventStreams(SqliteDatabase db, Clock clock) {
        this.db = db;
    }

    @Override
    public int create(String stream, int partitions) {
        throw new UnsupportedOperationException("not yet built");
    }

    @Override
    public int partitionCount(String stream) {
        throw new UnsupportedOperationException("not yet built");
    }

    @Override
    public AppendResult append(String stream, EventData event) {
        throw new UnsupportedOperationException("not yet built");
    }

    @Override
    public List<ReceivedEvent> read(String stream, int partition, long afterSequence, int maxEvents) {
        throw new UnsupportedOperationException("not yet built");
    }

    @Override
    public OptionalLong checkpoint(String stream, String consumerGroup, int partition) {
        throw new UnsupportedOperationException("not yet built");
    }

    @Override
    public void checkpoint(String stream, String consumerGroup, int partition, long sequenceNumber) {
        throw new UnsupportedOperationException("not yet built");
    }

    @Override
    public void close() {
        db.close();
    }
}
