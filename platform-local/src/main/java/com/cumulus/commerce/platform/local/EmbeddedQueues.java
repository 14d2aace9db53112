package com.cumulus.commerce.platform.local;

import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.messaging.OutgoingMessage;
import com.cumulus.commerce.platform.messaging.QueueOptions;
import com.cumulus.commerce.platform.messaging.Queues;
import com.cumulus.commerce.platform.messaging.ReceivedMessage;
import java.time.Instant;
import java.util.List;

/** Stand-in until the embedded broker lands; only its constructor and close are real. */
final class EmbeddedQueues implements Queues, AutoCloseable {

    private final SqliteDatabase db;

    EmbeddedQueues(SqliteDatabase db, Clock clock) {
        this.db = db;
    }

    @Override
    public void configure(String entityPath, QueueOptions options) {
        throw new UnsupportedOperationException("not yet built");
    }

    @Override
    public QueueOptions options(String entityPath) {
        throw new UnsupportedOperationException("not yet built");
    }

    @Override
    public void send(String entityPath, OutgoingMessage message) {
        throw new UnsupportedOperationException("not yet built");
    }

    @Override
    public List<ReceivedMessage> receive(String entityPath, int maxMessages) {
        throw new UnsupportedOperationException("not yet built");
    }

    @Override
    public void complete(ReceivedMessage message) {
        throw new UnsupportedOperationException("not yet built");
    }

    @Override
    public void abandon(ReceivedMessage message) {
        throw new UnsupportedOperationException("not yet built");
    }

    @Override
    public void deadLetter(ReceivedMessage message, String reason, String description) {
        throw new UnsupportedOperationException("not yet built");
    }

    @Override
    public Instant renewLock(ReceivedMessage message) {
        throw new UnsupportedOperationException("not yet built");
    }

    @Override
    public long count(String entityPath) {
        throw new UnsupportedOperationException("not yet built");
    }

    @Override
    public void close() {
        db.close();
    }
}
