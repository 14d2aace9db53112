package com.cumulus.commerce.platform.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.platform.messaging.OutgoingMessage;
import com.cumulus.commerce.platform.messaging.Queues;
import com.cumulus.commerce.platform.messaging.ReceivedMessage;
import com.cumulus.commerce.platform.messaging.Topics;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The {@link Topics} contract: fan-out to the subscriptions that exist at publish time, each received through
 * {@link Queues} at its subscription path. An implementation's test says how to open a broker on a folder.
 */
public abstract class TopicsContract extends StoreContract<TopicsContract.Broker> {

    protected static final Instant START = Instant.parse("2030-01-01T00:00:00Z");
    private static final String TOPIC = "order-events";

    /** A broker's two faces and what releases it. */
    public record Broker(Queues queues, Topics topics, AutoCloseable closer) {
    }

    protected TopicsContract() {
        super(START);
    }

    @Override
    protected void close(Broker opened) throws Exception {
        opened.closer().close();
    }

    private Topics topics() {
        return store().topics();
    }

    private Queues queues() {
        return store().queues();
    }

    @Test
    void publishedMessageReachesEverySubscription() {
        topics().subscribe(TOPIC, "billing");
        topics().subscribe(TOPIC, "shipping");

        topics().publish(TOPIC, OutgoingMessage.of("e-1", "{\"placed\":true}"));

        for (String subscription : new String[] {"billing", "shipping"}) {
            String path = Topics.subscriptionPath(TOPIC, subscription);
            assertThat(queues().receive(path, 10)).singleElement().satisfies(m -> {
                assertThat(m.messageId()).isEqualTo("e-1");
                assertThat(m.body()).isEqualTo("{\"placed\":true}");
                assertThat(m.entityPath()).isEqualTo(path);
            });
        }
    }

    @Test
    void subscriptionsSettleIndependently() {
        topics().subscribe(TOPIC, "billing");
        topics().subscribe(TOPIC, "shipping");
        topics().publish(TOPIC, OutgoingMessage.of("e-1", "x"));

        queues().complete(queues().receive(Topics.subscriptionPath(TOPIC, "billing"), 1).get(0));
        queues().abandon(queues().receive(Topics.subscriptionPath(TOPIC, "shipping"), 1).get(0));

        assertThat(queues().count(Topics.subscriptionPath(TOPIC, "billing"))).isZero();
        assertThat(queues().receive(Topics.subscriptionPath(TOPIC, "shipping"), 1)).singleElement()
                .extracting(ReceivedMessage::deliveryCount).isEqualTo(2);
    }

    @Test
    void subscriptionCreatedLaterGetsOnlyLaterMessages() {
        topics().subscribe(TOPIC, "billing");
        topics().publish(TOPIC, OutgoingMessage.of("e-1", "early"));

        topics().subscribe(TOPIC, "audit");
        topics().publish(TOPIC, OutgoingMessage.of("e-2", "late"));

        assertThat(queues().receive(Topics.subscriptionPath(TOPIC, "audit"), 10))
                .extracting(ReceivedMessage::messageId).containsExactly("e-2");
        assertThat(queues().receive(Topics.subscriptionPath(TOPIC, "billing"), 10))
                .extracting(ReceivedMessage::messageId).containsExactly("e-1", "e-2");
    }

    @Test
    void publishWithoutSubscriptionsReachesNobody() {
        topics().publish(TOPIC, OutgoingMessage.of("e-1", "x"));
        topics().subscribe(TOPIC, "billing");

        assertThat(queues().receive(Topics.subscriptionPath(TOPIC, "billing"), 10)).isEmpty();
    }

    @Test
    void subscribingTwiceKeepsOneSubscription() {
        topics().subscribe(TOPIC, "billing");
        topics().subscribe(TOPIC, "billing");
        topics().publish(TOPIC, OutgoingMessage.of("e-1", "x"));

        assertThat(topics().subscriptions(TOPIC)).containsExactly("billing");
        assertThat(queues().count(Topics.subscriptionPath(TOPIC, "billing"))).isEqualTo(1);
    }

    @Test
    void subscriptionsAreListedPerTopic() {
        topics().subscribe(TOPIC, "billing");
        topics().subscribe("other", "audit");

        assertThat(topics().subscriptions(TOPIC)).containsExactly("billing");
        assertThat(topics().subscriptions("unknown")).isEmpty();
    }

    @Test
    void duplicatePublishInsideTheWindowIsDroppedAtTheTopic() {
        topics().subscribe(TOPIC, "billing");
        topics().publish(TOPIC, OutgoingMessage.of("e-1", "first"));
        topics().publish(TOPIC, OutgoingMessage.of("e-1", "again"));

        clock.advance(Duration.ofMinutes(10));
        topics().publish(TOPIC, OutgoingMessage.of("e-1", "after the window"));

        assertThat(queues().receive(Topics.subscriptionPath(TOPIC, "billing"), 10))
                .extracting(ReceivedMessage::body).containsExactly("first", "after the window");
    }

    @Test
    void subscriptionsAndTheirMessagesSurviveARestart() throws Exception {
        topics().subscribe(TOPIC, "billing");
        topics().publish(TOPIC, OutgoingMessage.of("e-1", "before"));

        restart();
        topics().publish(TOPIC, OutgoingMessage.of("e-2", "after"));

        assertThat(topics().subscriptions(TOPIC)).containsExactly("billing");
        assertThat(queues().receive(Topics.subscriptionPath(TOPIC, "billing"), 10))
                .extracting(ReceivedMessage::messageId).containsExactly("e-1", "e-2");
    }

    private static OutgoingMessage typed(String id, String type) {
        return new OutgoingMessage(id, "{}", "application/json", null, java.util.Map.of(Topics.TYPE_PROPERTY, type), null);
    }

    @Test
    void aFilteredSubscriptionReceivesOnlyTheTypesItAsksFor() {
        topics().subscribe(TOPIC, "saga", java.util.Set.of("placed"));
        topics().subscribe(TOPIC, "releases", java.util.Set.of("cancelled", "failed"));
        topics().subscribe(TOPIC, "audit");

        topics().publish(TOPIC, typed("e-1", "placed"));
        topics().publish(TOPIC, typed("e-2", "confirmed"));
        topics().publish(TOPIC, typed("e-3", "cancelled"));
        topics().publish(TOPIC, OutgoingMessage.of("e-4", "untyped"));
        topics().publish(TOPIC, typed("e-5", "failed"));

        assertThat(queues().receive(Topics.subscriptionPath(TOPIC, "saga"), 10))
                .extracting(ReceivedMessage::messageId).containsExactly("e-1");
        assertThat(queues().receive(Topics.subscriptionPath(TOPIC, "releases"), 10))
                .extracting(ReceivedMessage::messageId).containsExactly("e-3", "e-5");
        assertThat(queues().receive(Topics.subscriptionPath(TOPIC, "audit"), 10))
                .extracting(ReceivedMessage::messageId).containsExactly("e-1", "e-2", "e-3", "e-4", "e-5");
    }

    @Test
    void subscribingWithTypesReplacesTheFilterAndSubscribingWithoutKeepsIt() throws Exception {
        topics().subscribe(TOPIC, "saga");
        topics().subscribe(TOPIC, "saga", java.util.Set.of("placed"));
        topics().subscribe(TOPIC, "saga");
        topics().publish(TOPIC, typed("e-1", "confirmed"));
        topics().publish(TOPIC, typed("e-2", "placed"));

        restart();
        topics().publish(TOPIC, typed("e-3", "confirmed"));
        topics().subscribe(TOPIC, "saga", java.util.Set.of("confirmed"));
        topics().publish(TOPIC, typed("e-4", "confirmed"));
        topics().subscribe(TOPIC, "saga", java.util.Set.of());
        topics().publish(TOPIC, typed("e-5", "anything"));

        assertThat(topics().subscriptions(TOPIC)).containsExactly("saga");
        assertThat(queues().receive(Topics.subscriptionPath(TOPIC, "saga"), 10))
                .extracting(ReceivedMessage::messageId).containsExactly("e-2", "e-4", "e-5");
    }
}
