package com.cumulus.commerce.orders.application;

import static com.cumulus.commerce.orders.application.OrdersFixture.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.orders.adapters.OrdersAdapters;
import com.cumulus.commerce.orders.adapters.OutboxChangeFeed;
import com.cumulus.commerce.orders.model.OrderStatus;
import com.cumulus.commerce.platform.events.EventEnvelope;
import com.cumulus.commerce.platform.messaging.ReceivedMessage;
import com.cumulus.commerce.platform.messaging.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RelayOutboxTest extends WithOrdersFixture {

    private static final String SAGA = Topics.subscriptionPath("order-events", "checkout-saga");

    private RelayOutbox relay;

    @BeforeEach
    void open() {
        relay = new RelayOutbox(fixture.outbox, OrdersAdapters.orderEventBus(fixture.platform));
    }

    private List<ReceivedMessage> drain(String path) {
        var all = new ArrayList<ReceivedMessage>();
        List<ReceivedMessage> batch;
        while (!(batch = fixture.platform.queues().receive(path, 100)).isEmpty()) {
            batch.forEach(fixture.platform.queues()::complete);
            all.addAll(batch);
        }
        return all;
    }

    @Test
    void publishesEachOutboxEventToEverySubscriptionAndDeletesIt() {
        var order = fixture.alicesOrder("key-1");

        var published = relay.relay(OutboxChangeFeed.parse(fixture.changeFeedBatch("relay")).entries());

        assertThat(published).isEqualTo(1);
        var messages = drain(SAGA);
        assertThat(messages).hasSize(1);
        var message = messages.get(0);
        var event = EventEnvelope.unwrap(message.body());
        assertThat(message.messageId()).isEqualTo(event.getId());
        assertThat(message.properties()).containsEntry("type", OrderEvent.PLACED);
        assertThat(event.getSubject()).isEqualTo(order.id());
        assertThat(drain(Topics.subscriptionPath("order-events", "catalog-releases"))).hasSize(1);
        assertThat(fixture.outboxDocuments(ALICE)).isEmpty();
    }

    @Test
    void relayPublishesEachEventOnceEvenWhenRunTwice() {
        fixture.alicesOrder("key-1");
        var batch = OutboxChangeFeed.parse(fixture.changeFeedBatch("relay")).entries();

        relay.relay(batch);
        var second = relay.relay(batch);

        assertThat(second).isZero();
        assertThat(drain(SAGA)).hasSize(1);
    }

    @Test
    void aCrashBetweenPublishAndDeleteOnlyRepublishesWhichTheBrokerDrops() {
        fixture.alicesOrder("key-1");
        var batch = OutboxChangeFeed.parse(fixture.changeFeedBatch("relay")).entries();
        var crashed = new AtomicBoolean();
        var crashing = new Outbox() {
            @Override
            public boolean isPending(OutboxEntry entry) {
                return fixture.outbox.isPending(entry);
            }

            @Override
            public void remove(OutboxEntry entry) {
                crashed.set(true);
                throw new IllegalStateException("process died");
            }
        };
        try {
            new RelayOutbox(crashing, OrdersAdapters.orderEventBus(fixture.platform)).relay(batch);
        } catch (IllegalStateException expected) {
            assertThat(crashed).isTrue();
        }

        relay.relay(batch);

        assertThat(drain(SAGA)).hasSize(1);
        assertThat(fixture.outboxDocuments(ALICE)).isEmpty();
    }

    @Test
    void carriesTheTraceparentOfTheRequest() {
        fixture.cart(OrdersFixture.ALICE_CART, ALICE, "85123A", 1);
        var traceparent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
        fixture.placeOrder().place(new CheckoutRequest(ALICE, "key-1", OrdersFixture.ALICE_CART, "EUR",
                "pm_sim_approve", traceparent));

        relay.relay(OutboxChangeFeed.parse(fixture.changeFeedBatch("relay")).entries());

        assertThat(drain(SAGA).get(0).properties()).containsEntry("traceparent", traceparent);
    }

    @Test
    void ordersAndOwnerDocumentsOnTheFeedAreNotEvents() {
        var order = fixture.alicesOrder("key-1");
        new StartSaga(fixture.orders, fixture.clock).start(order.id(), "run-1").orElseThrow();

        var batch = OutboxChangeFeed.parse(fixture.changeFeedBatch("relay"));

        assertThat(batch.entries()).hasSize(1);
        assertThat(batch.unreadable()).isEmpty();
    }
}
