package com.cumulus.commerce.devhost.triggers;

import com.cumulus.commerce.platform.documents.ChangeFeed;
import com.cumulus.commerce.platform.documents.Document;
import com.cumulus.commerce.platform.documents.DocumentContainer;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Cosmos DB trigger: reads up to {@code maxItems} changes after the lease's checkpoint, invokes the function,
 * retries per policy, then checkpoints the batch's last LSN, also when the retries ran out, because Azure's lease
 * moves on too. A batch cut short by a stop is not checkpointed, so it comes again after a restart.
 */
public final class ChangeFeedListener implements TriggerListener {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeedListener.class);

    private final String functionName;
    private final DocumentContainer container;
    private final String leaseName;
    private final int maxItems;
    private final RetryPolicy retry;
    private final Invocation<List<Document>> invocation;
    private final Poller poller;
    private ChangeFeed feed;

    public ChangeFeedListener(String functionName, DocumentContainer container, String leaseName, int maxItems,
            RetryPolicy retry, Invocation<List<Document>> invocation) {
        this(functionName, container, leaseName, maxItems, retry, invocation, Pacing.DEFAULT);
    }

    ChangeFeedListener(String functionName, DocumentContainer container, String leaseName, int maxItems,
            RetryPolicy retry, Invocation<List<Document>> invocation, Pacing pacing) {
        this.functionName = Checks.notBlank(functionName, "functionName");
        this.container = Checks.notNull(container, "container");
        this.leaseName = Checks.notBlank(leaseName, "leaseName");
        this.maxItems = Checks.atLeast(maxItems, 1, "maxItems");
        this.retry = Checks.notNull(retry, "retry");
        this.invocation = Checks.notNull(invocation, "invocation");
        this.poller = new Poller(functionName, new ListenerThreads(functionName), pacing);
    }

    @Override
    public String functionName() {
        return functionName;
    }

    @Override
    public void start() {
        poller.start(List.of(this::poll));
    }

    @Override
    public void stop(Duration drainTimeout) {
        poller.stop(drainTimeout);
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
        Retrier.Outcome outcome = Retrier.run(functionName, invocation, batch, retry, poller);
        if (outcome.stopped()) {
            feed.rewind();
            return false;
        }
        long first = batch.get(0).lsn();
        long last = batch.get(batch.size() - 1).lsn();
        if (!outcome.succeeded()) {
            LOG.error("Function {} failed for container {} lease {} LSNs {}-{} after {} attempts; checkpointing past them",
                    functionName, container.name(), leaseName, first, last, outcome.attempts(), outcome.lastFailure());
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
