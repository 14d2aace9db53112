package com.cumulus.commerce.platform.documents;

import java.util.List;

/**
 * One lease's cursor over a container's changes. {@link #next} reads after the durable checkpoint (or after
 * the last batch handed out, if that is further); {@link #checkpoint} moves the durable checkpoint. A restart
 * resumes at the checkpoint, so changes handed out but not checkpointed are delivered again (at least once).
 */
public interface ChangeFeed {

    /** Up to {@code maxItems} changed documents after the cursor, in LSN order; empty when caught up. */
    List<Document> next(int maxItems);

    /** Records that every change up to and including {@code lsn} has been processed. */
    void checkpoint(long lsn);

    /** The durable checkpoint, 0 before the first one. */
    long checkpointed();

    /** Forgets what was handed out since the last checkpoint, so the next read starts from it again. */
    void rewind();
}
