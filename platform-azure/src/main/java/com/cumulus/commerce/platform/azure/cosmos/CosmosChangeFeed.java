package com.cumulus.commerce.platform.azure.cosmos;

import com.azure.cosmos.CosmosContainer;
import com.azure.cosmos.CosmosException;
import com.azure.cosmos.models.CosmosChangeFeedRequestOptions;
import com.azure.cosmos.models.CosmosItemRequestOptions;
import com.azure.cosmos.models.FeedRange;
import com.azure.cosmos.models.FeedResponse;
import com.azure.cosmos.models.PartitionKey;
import com.cumulus.commerce.platform.documents.ChangeFeed;
import com.cumulus.commerce.platform.documents.Document;
import com.cumulus.commerce.platform.http.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * One lease's cursor over a container's change feed on the pull model ("latest version" mode). The lease item
 * ({@code id} {@code changefeed:<container>:<lease>} in the lease container) keeps the checkpointed LSN and a
 * change-feed continuation from which reading yields every change after it; changes at or below the checkpoint
 * that a continuation from an earlier page yields again are skipped. The order across partitions is the order of
 * the service's LSNs, which is commit order within one physical partition.
 */
final class CosmosChangeFeed implements ChangeFeed {

    private static final int MAX_EMPTY_PAGES = 1000;

    private final CosmosContainer container;
    private final CosmosContainer leases;
    private final String leaseId;

    private String cursor;
    private long handedOut;
    /** Pages handed out since the last checkpoint: the LSN of each page's last change and the continuation after it. */
    private final Deque<Mark> marks = new ArrayDeque<>();

    CosmosChangeFeed(CosmosContainer container, CosmosContainer leases, String leaseName) {
        this.container = container;
        this.leases = leases;
        this.leaseId = "changefeed:" + container.getId() + ":" + leaseName;
        rewind();
    }

    @Override
    public synchronized List<Document> next(int maxItems) {
        if (maxItems < 1) {
            throw new IllegalArgumentException("'maxItems' must be positive");
        }
        Lease lease = lease();
        if (lease.lsn() > handedOut) {
            startAt(lease);
        }
        long skipThrough = Math.max(lease.lsn(), handedOut);
        List<Document> changes = new ArrayList<>();
        for (int pages = 0; pages < MAX_EMPTY_PAGES && changes.isEmpty(); pages++) {
            FeedResponse<JsonNode> page = page(maxItems);
            if (page == null) {
                break;
            }
            page.getResults().stream().map(item -> CosmosItems.document(item, null))
                    .filter(d -> d.lsn() > skipThrough).forEach(changes::add);
            boolean moved = !page.getResults().isEmpty();
            cursor = page.getContinuationToken();
            if (!moved) {
                break;
            }
            long last = CosmosItems.document(page.getResults().get(page.getResults().size() - 1), null).lsn();
            marks.addLast(new Mark(last, cursor));
        }
        if (!changes.isEmpty()) {
            handedOut = Math.max(handedOut, changes.get(changes.size() - 1).lsn());
        }
        return List.copyOf(changes);
    }

    private FeedResponse<JsonNode> page(int maxItems) {
        var options = cursor == null
                ? CosmosChangeFeedRequestOptions.createForProcessingFromBeginning(FeedRange.forFullRange())
                : CosmosChangeFeedRequestOptions.createForProcessingFromContinuation(cursor);
        options.setMaxItemCount(maxItems);
        try {
            Iterator<FeedResponse<JsonNode>> pages = container.queryChangeFeed(options, JsonNode.class)
                    .iterableByPage(maxItems).iterator();
            return pages.hasNext() ? pages.next() : null;
        } catch (CosmosException e) {
            throw new IllegalStateException("Cosmos DB answered " + e.getStatusCode()
                    + " reading the change feed of " + container.getId(), e);
        }
    }

    @Override
    public synchronized void checkpoint(long lsn) {
        if (lsn < 0) {
            throw new IllegalArgumentException("'lsn' must not be negative");
        }
        Lease lease = lease();
        String continuation = lease.continuation();
        while (!marks.isEmpty() && marks.peekFirst().lsn() <= lsn) {
            continuation = marks.removeFirst().continuation();
        }
        ObjectNode item = Json.mapper().createObjectNode()
                .put("id", leaseId).put("lsn", Math.max(lsn, lease.lsn()));
        if (continuation != null) {
            item.put("continuation", continuation);
        }
        try {
            leases.upsertItem(item, new PartitionKey(leaseId), new CosmosItemRequestOptions());
        } catch (CosmosException e) {
            throw new IllegalStateException("Cosmos DB answered " + e.getStatusCode() + " writing lease " + leaseId, e);
        }
        handedOut = Math.max(handedOut, lsn);
    }

    @Override
    public synchronized long checkpointed() {
        return lease().lsn();
    }

    @Override
    public synchronized void rewind() {
        startAt(lease());
    }

    private void startAt(Lease lease) {
        cursor = lease.continuation();
        handedOut = lease.lsn();
        marks.clear();
    }

    private Lease lease() {
        try {
            JsonNode item = leases.readItem(leaseId, new PartitionKey(leaseId), JsonNode.class).getItem();
            return new Lease(item.path("lsn").asLong(0),
                    item.hasNonNull("continuation") ? item.get("continuation").asText() : null);
        } catch (CosmosException e) {
            if (e.getStatusCode() == 404) {
                return new Lease(0, null);
            }
            throw new IllegalStateException("Cosmos DB answered " + e.getStatusCode() + " reading lease " + leaseId, e);
        }
    }

    private record Lease(long lsn, String continuation) {
    }

    private record Mark(long lsn, String continuation) {
    }
}
