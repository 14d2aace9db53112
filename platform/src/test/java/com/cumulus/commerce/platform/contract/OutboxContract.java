package com.cumulus.commerce.platform.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cumulus.commerce.platform.Platform;
import com.cumulus.commerce.platform.documents.BatchFailedException;
import com.cumulus.commerce.platform.documents.BatchOperation;
import com.cumulus.commerce.platform.documents.ChangeFeedBatch;
import com.cumulus.commerce.platform.documents.DocumentContainer;
import com.cumulus.commerce.platform.documents.DocumentQuery;
import com.cumulus.commerce.platform.events.EventEnvelope;
import com.cumulus.commerce.platform.events.Outbox;
import com.cumulus.commerce.platform.events.OutboxEvent;
import com.cumulus.commerce.platform.http.Json;
import com.cumulus.commerce.platform.messaging.ReceivedMessage;
import com.cumulus.commerce.platform.messaging.Topics;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The transactional outbox every app writes its events through, against a platform's documents and topics:
 * written in the aggregate's batch or not at all, relayed from the change feed, published once per event id
 * whatever the redeliveries and crashes, deleted after publishing.
 */
public abstract class OutboxContract extends StoreContract<Platform> {

    private static final String TOPIC = "thing-events";
    private static final String SUBSCRIPTION = Topics.subscriptionPath(TOPIC, "consumer");
    private static final String TRACEPARENT = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

    private DocumentContainer container;
    private Outbox outbox;

    @BeforeEach
    void subscribe() {
        container = store().documents().container("things");
        outbox = new Outbox(container, store().topics(), TOPIC);
        store().topics().subscribe(TOPIC, "consumer");
    }

    private static OutboxEvent event(String thingId, String traceparent) {
        return OutboxEvent.of(UUID.randomUUID().toString(), "commerce.things.thing-made.v1",
                URI.create("/cumulus/things"), thingId, Instant.parse("2026-03-01T09:00:00Z"),
                "{\"thingId\": \"" + thingId + "\"}", traceparent);
    }

    /** Writes the thing and its event in one batch, as an app writes an aggregate with its outbox. */
    private void make(String thingId, OutboxEvent event) {
        container.executeBatch(thingId, List.of(
                new BatchOperation.Create(thingId, "{\"kind\": \"thing\", \"partitionKey\": \"" + thingId + "\"}"),
                Outbox.entry(thingId, event)));
    }

    /** The change feed as the Cosmos DB trigger hands it to a function. */
    private String changeFeedBatch(String lease) {
        return ChangeFeedBatch.of(container.changeFeed(lease).next(1000));
    }

    private List<ReceivedMessage> drain() {
        var all = new ArrayList<ReceivedMessage>();
        List<ReceivedMessage> batch;
        while (!(batch = store().queues().receive(SUBSCRIPTION, 100)).isEmpty()) {
            batch.forEach(store().queues()::complete);
            all.addAll(batch);
        }
        return all;
    }

    private int outboxDocuments(String thingId) {
        var pending = new DocumentQuery(thingId,
                List.of(new DocumentQuery.Compare("kind", DocumentQuery.Operator.EQ, Outbox.KIND)), null, 100, null);
        return container.query(pending).items().size();
    }

    @Test
    void anEventWrittenBesideItsAggregateIsPublishedThenDeleted() {
        var event = event("thing-1", TRACEPARENT);
        make("thing-1", event);
        assertThat(outboxDocuments("thing-1")).isEqualTo(1);

        var relayed = outbox.relay(changeFeedBatch("relay"));

        assertThat(relayed).isEqualTo(new Outbox.Relayed(1, List.of()));
        var messages = drain();
        assertThat(messages).hasSize(1);
        var message = messages.get(0);
        var published = EventEnvelope.unwrap(message.body());
        assertThat(message.messageId()).isEqualTo(event.eventId()).isEqualTo(published.getId());
        assertThat(message.contentType()).isEqualTo("application/cloudevents+json");
        assertThat(message.correlationId()).isEqualTo("thing-1");
        assertThat(message.properties()).containsEntry("type", "commerce.things.thing-made.v1")
                .containsEntry("traceparent", TRACEPARENT);
        assertThat(published.getSubject()).isEqualTo("thing-1");
        assertThat(EventEnvelope.dataOf(published)).contains("\"thingId\"");
        assertThat(readTree(message.body())).as("the CloudEvent as written").isEqualTo(readTree(event.cloudEvent()));
        assertThat(outboxDocuments("thing-1")).isZero();
        assertThat(container.read("thing-1", "thing-1")).as("the aggregate stays").isPresent();
    }

    @Test
    void anEventWithoutTraceContextCarriesNone() {
        make("thing-1", event("thing-1", null));

        outbox.relay(changeFeedBatch("relay"));

        assertThat(drain().get(0).properties()).doesNotContainKey("traceparent");
    }

    @Test
    void aBatchThatFailsWritesNeitherTheAggregateNorItsEvent() {
        make("thing-1", event("thing-1", null));
        outbox.relay(changeFeedBatch("relay"));
        drain();

        assertThatThrownBy(() -> make("thing-1", event("thing-1", null))).isInstanceOf(BatchFailedException.class);

        assertThat(outbox.relay(changeFeedBatch("relay")).published()).isZero();
        assertThat(drain()).isEmpty();
        assertThat(outboxDocuments("thing-1")).isZero();
    }

    @Test
    void aBatchDeliveredAgainPublishesNothingTwice() {
        make("thing-1", event("thing-1", null));
        make("thing-2", event("thing-2", null));
        var batch = changeFeedBatch("relay");

        var first = outbox.relay(batch);
        var second = outbox.relay(batch);

        assertThat(first.published()).isEqualTo(2);
        assertThat(second.published()).as("the entries are no longer pending").isZero();
        assertThat(drain()).hasSize(2);
    }

    /** The thing's n-th event: the thing rewritten and its event, in one batch. */
    private void change(String thingId, int n) {
        var event = OutboxEvent.of(UUID.randomUUID().toString(), "commerce.things.thing-changed.v1",
                URI.create("/cumulus/things"), thingId, Instant.parse("2026-03-01T09:00:00Z"),
                "{\"thingId\": \"" + thingId + "\", \"n\": " + n + "}", null);
        container.executeBatch(thingId, List.of(
                new BatchOperation.Upsert(thingId, "{\"kind\": \"thing\", \"partitionKey\": \"" + thingId + "\"}"),
                Outbox.entry(thingId, event)));
    }

    @Test
    void manyAggregatesAreRelayedSideBySideEachInTheOrderItsEventsHappened() {
        int things = 3 * Outbox.PARALLEL_PARTITIONS;
        for (int n = 0; n < 4; n++) {
            for (int t = 0; t < things; t++) {
                change("thing-" + t, n);
            }
        }

        var relayed = outbox.relay(changeFeedBatch("relay"));

        assertThat(relayed.published()).isEqualTo(4 * things);
        var byThing = new java.util.TreeMap<String, List<Integer>>();
        for (var message : drain()) {
            var data = readTree(EventEnvelope.dataOf(EventEnvelope.unwrap(message.body())));
            byThing.computeIfAbsent(message.correlationId(), key -> new ArrayList<>()).add(data.path("n").asInt());
        }
        assertThat(byThing).hasSize(things);
        byThing.forEach((thing, order) -> assertThat(order).as(thing).containsExactly(0, 1, 2, 3));
        for (int t = 0; t < things; t++) {
            assertThat(outboxDocuments("thing-" + t)).isZero();
        }
    }

    @Test
    void aPartitionThatFailsFailsTheRelayAfterTheOthersAreRelayedAndTheRedeliveryFinishesIt() {
        for (int t = 0; t < 10; t++) {
            change("thing-" + t, 0);
            change("thing-" + t, 1);
        }
        var batch = changeFeedBatch("relay");
        var dying = new Outbox(failingDeletes(container, "thing-3"), store().topics(), TOPIC);

        assertThatThrownBy(() -> dying.relay(batch)).hasMessageContaining("process died");
        for (int t = 0; t < 10; t++) {
            assertThat(outboxDocuments("thing-" + t)).as("thing-" + t).isEqualTo(t == 3 ? 2 : 0);
        }
        var again = outbox.relay(batch);

        assertThat(again.published()).as("thing-3's two events, the first published again").isEqualTo(2);
        var messages = drain();
        assertThat(messages).as("the broker dropped the republished event").hasSize(20);
        assertThat(messages.stream().filter(message -> message.correlationId().equals("thing-3"))
                .map(message -> readTree(EventEnvelope.dataOf(EventEnvelope.unwrap(message.body()))).path("n").asInt()))
                .containsExactly(0, 1);
        assertThat(outboxDocuments("thing-3")).isZero();
    }

    @Test
    void aCrashBetweenPublishingAndDeletingOnlyRepublishesWhichTheBrokerDrops() {
        make("thing-1", event("thing-1", null));
        var batch = changeFeedBatch("relay");
        var dying = new Outbox(failingDeletes(container), store().topics(), TOPIC);

        assertThatThrownBy(() -> dying.relay(batch)).hasMessageContaining("process died");
        assertThat(outboxDocuments("thing-1")).as("still pending after the crash").isEqualTo(1);
        var again = outbox.relay(batch);

        assertThat(again.published()).isEqualTo(1);
        assertThat(drain()).hasSize(1);
        assertThat(outboxDocuments("thing-1")).isZero();
    }

    @Test
    void aggregatesOnTheFeedPassByAndAnUnreadableEntryIsNamedAndSkipped() {
        make("thing-1", event("thing-1", null));
        container.create("thing-2", "broken", "{\"kind\": \"outbox\", \"partitionKey\": \"thing-2\"}");

        var batch = changeFeedBatch("relay");
        var relayed = outbox.relay(batch);

        assertThat(relayed).isEqualTo(new Outbox.Relayed(1, List.of("broken")));
        assertThat(drain()).hasSize(1);
        var warnings = new ArrayList<String>();
        var log = Logger.getAnonymousLogger();
        log.setUseParentHandlers(false);
        log.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                warnings.add(record.getLevel() + " " + record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        assertThat(outbox.relay(batch, log)).isEqualTo(new Outbox.Relayed(0, List.of("broken")));
        assertThat(warnings).containsExactly("WARNING skipped unreadable outbox documents [broken]");
        assertThatThrownBy(() -> outbox.relay("{\"not\": \"an array\"}")).isInstanceOf(IllegalArgumentException.class);
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The container, except that every delete fails as if the process died just before it. */
    private static DocumentContainer failingDeletes(DocumentContainer container) {
        return failingDeletes(container, null);
    }

    /** The container, except that deletes in {@code partitionKey} (every partition when null) fail so. */
    private static DocumentContainer failingDeletes(DocumentContainer container, String partitionKey) {
        return (DocumentContainer) Proxy.newProxyInstance(DocumentContainer.class.getClassLoader(),
                new Class<?>[] {DocumentContainer.class}, (proxy, method, args) -> {
                    if (method.getName().equals("delete") && (partitionKey == null || partitionKey.equals(args[0]))) {
                        throw new IllegalStateException("process died");
                    }
                    try {
                        return method.invoke(container, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
