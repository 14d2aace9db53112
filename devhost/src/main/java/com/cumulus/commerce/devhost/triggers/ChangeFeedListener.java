package com.cumulus.commerce.devhost.triggers;

import com.cumulus.commerce.platform.documents.ChangeFeed;
import com.cumulus.commerce.platform.documents.Document;
import com.cumulus.commerce.platform.documents.DocumentContainer;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Cosmos DB trigger: reads up to {@code maxItems} changes after the lease's checkpoint, invokes the function,
 * retries per policy, then checkpoints the batch's last LSN, also when the retries ran out, because Azure's lease
 * moves on too. A batch cut short by a stop is not checkpointed, so it comes again after a restart.
 */
public final class ChangeFeedListener extends PollingListener<List<Document>> {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeedListener.class);

    private final DocumentContainer container;
    private final String leaseName;
    private final int maxItems;
    private ChangeFeed feed;

    public ChangeFeedListener(String functionName, DocumentContainer container, String leaseName, int maxItems,
            RetryPolicy retry, Invocation<List<Document>> invocation) {
        this(functionName, container, leaseName, maxItems, retry, invocation, Pacing.DEFAULT);
    }

    ChangeFeedListener(String functionName, DocumentContainer container, String leaseName, int maxItems,
            RetryPolicy retry, Invocation<List<Document>> invocation, Pacing pacing) {
        super(functionName, retry, invocation, pacing);
        this.container = Checks.notNull(container, "container");
        this.leaseName = Checks.notBlank(leaseName, "leaseName");
        this.maxItems = Checks.atLeast(maxItems, 1, "maxItems");
    }

    @Override
    List<Poller.Work> loops() {
        return List.of(this::poll);
    }

    /** Runs on the single loop thread only. */
    private boolean poll() {
        if (feed == null) {
            feed = container.changeFeed(leaseName);
        }
        List<Document> batch = feed.next(maxItems);
        if (batch.isEmpty()) {
            return false;
        }
        Retrier.Outcome outcome = invoke(batch);
        if (outcome.stopped()) {
            feed.rewind();
            return false;
        }
        long first = batch.get(0).lsn();
        long last = batch.get(batch.size() - 1).lsn();
        if (!outcome.succeeded()) {
            LOG.error("Function {} failed for container {} lease {} LSNs {}-{} after {} attempts; checkpointing past them",
                    functionName(), container.name(), leaseName, first, last, outcome.attempts(), outcome.lastFailure());
        }
        try {
            feed.checkpoint(last);
        } catch (RuntimeException e) {
            // Without the checkpoint the cursor would still move on; rewinding delivers the batch again.
            feed.rewind();
            throw e;
        }
        return true;
    }
}
