package com.cumulus.commerce.orders.adapters;

import com.cumulus.commerce.orders.application.OutboxEntry;
import com.cumulus.commerce.platform.documents.ChangeFeedBatch;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a batch of the {@code orders} change feed as the Cosmos DB trigger hands it over (a JSON array of
 * documents with their system properties) and keeps the outbox entries; orders and owner documents pass by.
 */
public final class OutboxChangeFeed {

    private OutboxChangeFeed() {
    }

    /** The outbox entries and the ids of documents that claim to be one but cannot be read. */
    public record Batch(List<OutboxEntry> entries, List<String> unreadable) {
        public Batch {
            entries = List.copyOf(entries);
            unreadable = List.copyOf(unreadable);
        }
    }

    /** @throws IllegalArgumentException when {@code documents} is not a JSON array at all */
    public static Batch parse(String documents) {
        var entries = new ArrayList<OutboxEntry>();
        var unreadable = new ArrayList<String>();
        for (var node : ChangeFeedBatch.documents(documents)) {
            if (!OutboxDocument.KIND.equals(node.path("kind").asText())) {
                continue;
            }
            var event = node.path("event");
            var partitionKey = node.path("partitionKey");
            var eventId = node.path("eventId");
            var type = node.path("type");
            if (!event.isObject() || !partitionKey.isTextual() || !eventId.isTextual() || !type.isTextual()
                    || !node.path("id").isTextual()) {
                unreadable.add(node.path("id").asText("?"));
                continue;
            }
            var traceparent = node.path("traceparent");
            entries.add(new OutboxEntry(partitionKey.asText(), node.path("id").asText(), eventId.asText(),
                    type.asText(), event.toString(), traceparent.isTextual() ? traceparent.asText() : null));
        }
        return new Batch(entries, unreadable);
    }
}
