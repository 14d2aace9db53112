package com.cumulus.commerce.orders.adapters;

import com.cumulus.commerce.orders.application.OrderEvent;
import com.cumulus.commerce.platform.events.EventEnvelope;
import com.cumulus.commerce.platform.http.Json;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.net.URI;

/**
 * An event waiting in the {@code orders} container's outbox, in the order's partition, holding the CloudEvent
 * exactly as it will be published (so a republish sends the very same bytes).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
record OutboxDocument(String partitionKey, String kind, String eventId, String type, String traceparent,
                      JsonNode event) {

    static final String KIND = "outbox";
    static final String ID_PREFIX = "evt_";

    static String documentId(String eventId) {
        return ID_PREFIX + eventId;
    }

    static OutboxDocument of(OrderEvent event) {
        var envelope = EventEnvelope.wrap(event.id(), event.type(), URI.create(OrderEvent.SOURCE), event.orderId(),
                event.time(), Json.write(event.data()));
        try {
            return new OutboxDocument(event.customerId(), KIND, event.id(), event.type(), event.traceparent(),
                    Json.mapper().readTree(envelope));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
