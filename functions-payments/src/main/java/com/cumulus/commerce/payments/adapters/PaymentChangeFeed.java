package com.cumulus.commerce.payments.adapters;

import com.cumulus.commerce.payments.application.OutboxEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads a Cosmos DB trigger batch of the {@code payments} container: the outbox events in it, payments skipped. */
public final class PaymentChangeFeed {

    private PaymentChangeFeed() {
    }

    /** @throws java.io.UncheckedIOException when the batch is not JSON */
    public static List<OutboxEvent> outboxEvents(String documents) {
        JsonNode batch = DocumentJson.tree(documents);
        var items = new ArrayList<JsonNode>();
        if (batch.isArray()) {
            batch.forEach(items::add);
        } else {
            items.add(batch);
        }
        var events = new ArrayList<OutboxEvent>();
        for (var item : items) {
            var node = item.isTextual() ? DocumentJson.tree(item.asText()) : item;
            if (DocumentPayments.OUTBOX.equals(node.path(DocumentPayments.KIND).asText())) {
                events.add(new OutboxEvent(node.path("paymentId").asText(), node.path("eventId").asText(),
                        node.path("envelope").asText()));
            }
        }
        return events;
    }
}
