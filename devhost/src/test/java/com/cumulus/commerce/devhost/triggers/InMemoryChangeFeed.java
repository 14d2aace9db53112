package com.cumulus.commerce.devhost.triggers;

import com.cumulus.commerce.platform.documents.ChangeFeed;
import com.cumulus.commerce.platform.documents.Document;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A change feed over a fixed list of changes, with the port's cursor, checkpoint and rewind semantics. */
final class InMemoryChangeFeed implements ChangeFeed {

    private final List<Document> changes = new ArrayList<>();
    private long cursor;
    private long checkpointed;
    private int rewinds;

    synchronized void write(String id, long lsn) {
        changes.add(new Document("pk", id, "{\"id\":\"" + id + "\"}", "etag-" + lsn, lsn, Instant.now()));
    }

    @Override
    public synchronized List<Document> next(int maxItems) {
        long from = Math.max(cursor, checkpointed);
        List<Document> batch = changes.stream().filter(d -> d.lsn() > from).limit(maxItems).toList();
        if (!batch.isEmpty()) {
            cursor = batch.get(batch.size() - 1).lsn();
        }
        return batch;
    }

    @Override
    public synchronized void checkpoint(long lsn) {
        checkpointed = lsn;
    }

    @Override
    public synchronized long checkpointed() {
        return checkpointed;
    }

    @Override
    public synchronized void rewind() {
        cursor = checkpointed;
        rewinds++;
    }

    synchronized int rewinds() {
        return rewinds;
    }
}
