package com.cumulus.commerce.platform.events;

import com.cumulus.commerce.platform.documents.BatchOperation;
import com.cumulus.commerce.platform.documents.ChangeFeedBatch;
import com.cumulus.commerce.platform.documents.DocumentContainer;
import com.cumulus.commerce.platform.http.Json;
import com.cumulus.commerce.platform.messaging.OutgoingMessage;
import com.cumulus.commerce.platform.messaging.Topics;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * The transactional outbox, the counterpart of {@link Inbox}: an event is written as a document beside its
 * aggregate, in the same transactional batch (one partition), so the event exists exactly when the change does
 * (a document write and a topic send are two steps, in Azure too). The relay reads the container's change feed,
 * publishes each entry that is still pending to the topic (message id = event id, so the broker's duplicate
 * detection drops a republish), then deletes it. A crash between publishing and deleting only publishes again;
 * a batch delivered twice finds its entries gone and publishes nothing.
 *
 * <p>The entries of one partition (one aggregate) are relayed in feed order, one after the other, so a
 * subscriber sees an order's events in the order they happened; different partitions are relayed side by side
 * ({@value #PARALLEL_PARTITIONS} at a time), since each entry waits on two writes (the publish and the delete),
 * and one relay entry after entry would fall behind the writers filling the outbox.
 */
public final class Outbox {

    public static final String KIND = "outbox";
    public static final String CONTENT_TYPE = "application/cloudevents+json";
    /** How many partitions' entries one relay works on at a time. */
    public static final int PARALLEL_PARTITIONS = 8;
    private static final String ID_PREFIX = "evt_";
    private static final Executor RELAYS = relayThreads();

    private final DocumentContainer container;
    private final Topics topics;
    private final String topic;

    /** The outbox in {@code container}, relayed to {@code topic}. */
    public Outbox(DocumentContainer container, Topics topics, String topic) {
        this.container = Objects.requireNonNull(container, "'container' must not be null");
        this.topics = Objects.requireNonNull(topics, "'topics' must not be null");
        this.topic = Objects.requireNonNull(topic, "'topic' must not be null");
    }

    /** Daemon threads that exist only while relays run: an idle app keeps none. */
    private static Executor relayThreads() {
        var count = new AtomicInteger();
        var pool = new ThreadPoolExecutor(PARALLEL_PARTITIONS, PARALLEL_PARTITIONS, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), runnable -> {
                    var thread = new Thread(runnable, "outbox-relay-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** The batch operation that writes {@code event} beside its aggregate, in the aggregate's partition. */
    public static BatchOperation entry(String partitionKey, OutboxEvent event) {
        Objects.requireNonNull(partitionKey, "'partitionKey' must not be null");
        var document = Json.mapper().createObjectNode()
                .put("partitionKey", partitionKey)
                .put("kind", KIND)
                .put("eventId", event.eventId())
                .put("type", event.type())
                .put("subject", event.subject());
        if (event.traceparent() != null) {
            document.put("traceparent", event.traceparent());
        }
        try {
            document.set("event", Json.mapper().readTree(event.cloudEvent()));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("'event' must hold a CloudEvent as JSON", e);
        }
        return new BatchOperation.Create(documentId(event.eventId()), document.toString());
    }

    /** What one relay did: how many events it published, and the outbox documents it could not read. */
    public record Relayed(int published, List<String> unreadable) {
        public Relayed {
            unreadable = List.copyOf(unreadable);
        }
    }

    /**
     * Relays the outbox entries of a change-feed batch as the Cosmos DB trigger hands it over (a JSON array of
     * documents); the aggregates on the feed pass by. An unreadable entry is named and skipped, since retrying
     * would not make it readable; a failure to publish or delete throws, so the trigger delivers the batch again.
     *
     * @throws IllegalArgumentException when {@code changeFeedBatch} is not a JSON array at all
     */
    public Relayed relay(String changeFeedBatch) {
        var unreadable = new ArrayList<String>();
        var byPartition = new LinkedHashMap<String, List<JsonNode>>();
        for (var node : ChangeFeedBatch.documents(changeFeedBatch)) {
            if (!KIND.equals(node.path("kind").asText())) {
                continue;
            }
            if (!readable(node)) {
                unreadable.add(node.path("id").asText("?"));
                continue;
            }
            byPartition.computeIfAbsent(node.get("partitionKey").asText(), key -> new ArrayList<>()).add(node);
        }
        if (byPartition.size() <= 1) {
            int published = 0;
            for (var entries : byPartition.values()) {
                published += relayInOrder(entries);
            }
            return new Relayed(published, unreadable);
        }
        var relays = byPartition.values().stream()
                .map(entries -> CompletableFuture.supplyAsync(() -> relayInOrder(entries), RELAYS))
                .toList();
        int published = 0;
        RuntimeException failure = null;
        for (var relay : relays) {
            try {
                published += relay.join();
            } catch (CompletionException e) {
                var cause = e.getCause() instanceof RuntimeException runtime ? runtime : e;
                if (failure == null) {
                    failure = cause;
                } else {
                    failure.addSuppressed(cause);
                }
            }
        }
        if (failure != null) {
            throw failure; // after every partition's relay has ended, so a redelivery never races one still running
        }
        return new Relayed(published, unreadable);
    }

    /** Publishes then deletes each still pending entry of one partition, in feed order; stops at the first failure. */
    private int relayInOrder(List<JsonNode> entries) {
        int published = 0;
        for (var node : entries) {
            var partitionKey = node.get("partitionKey").asText();
            var id = node.get("id").asText();
            if (container.read(partitionKey, id).isEmpty()) {
                continue; // relayed already: this is a redelivery of the batch
            }
            topics.publish(topic, message(node));
            container.delete(partitionKey, id, null);
            published++;
        }
        return published;
    }

    /** {@link #relay(String)}, naming the entries it skipped as unreadable to {@code log}, as a trigger does. */
    public Relayed relay(String changeFeedBatch, Logger log) {
        var relayed = relay(changeFeedBatch);
        if (!relayed.unreadable().isEmpty()) {
            log.warning("skipped unreadable outbox documents " + relayed.unreadable());
        }
        return relayed;
    }

    private static boolean readable(JsonNode node) {
        return node.path("id").isTextual() && node.path("partitionKey").isTextual()
                && node.path("eventId").isTextual() && node.path("type").isTextual()
                && node.path("subject").isTextual() && node.path("event").isObject();
    }

    private static OutgoingMessage message(JsonNode node) {
        var properties = new HashMap<String, String>();
        properties.put("type", node.get("type").asText());
        var traceparent = node.path("traceparent");
        if (traceparent.isTextual()) {
            properties.put("traceparent", traceparent.asText());
        }
        return new OutgoingMessage(node.get("eventId").asText(), node.get("event").toString(), CONTENT_TYPE,
                node.get("subject").asText(), properties, null);
    }

    private static String documentId(String eventId) {
        return ID_PREFIX + eventId;
    }
}
