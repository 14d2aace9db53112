package com.cumulus.commerce.orders.application;

import com.cumulus.commerce.orders.model.CartId;
import static com.cumulus.commerce.orders.application.OrdersFixture.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.platform.kernel.OrderId;
import com.cumulus.commerce.orders.model.OrderStatus;
import com.cumulus.commerce.platform.events.EventEnvelope;
import com.cumulus.commerce.platform.events.Outbox;
import com.cumulus.commerce.platform.messaging.ReceivedMessage;
import com.cumulus.commerce.platform.messaging.Topics;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The orders app on the platform's one outbox (its rules are {@code OutboxContract}'s): order events written
 * with their orders reach every subscription of {@code order-events}, with the request's trace context.
 */
class OrderEventsOutboxTest extends WithOrdersFixture {

    private static final String SAGA = Topics.subscriptionPath("order-events", "checkout-saga");

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
    void publishesEachOutboxEventToTheSubscriptionsThatTakeItsTypeAndDeletesIt() {
        var order = fixture.alicesOrder("key-1");

        var relayed = fixture.outbox.relay(fixture.changeFeedBatch("relay"));

        assertThat(relayed).isEqualTo(new Outbox.Relayed(1, List.of()));
        var messages = drain(SAGA);
        assertThat(messages).hasSize(1);
        var message = messages.get(0);
        var event = EventEnvelope.unwrap(message.body());
        assertThat(message.messageId()).isEqualTo(event.getId());
        assertThat(message.properties()).containsEntry("type", OrderEvent.PLACED);
        assertThat(event.getSubject()).isEqualTo(order.id().value());
        assertThat(event.getSource().toString()).isEqualTo(OrderEvent.SOURCE);
        assertThat(drain(Topics.subscriptionPath("order-events", "catalog-releases")))
                .as("catalog releases only cancelled orders").isEmpty();
        assertThat(drain(Topics.subscriptionPath("order-events", "payments-voids"))).isEmpty();
        assertThat(fixture.outboxDocuments(ALICE)).isEmpty();
    }

    @Test
    void carriesTheTraceparentOfTheRequest() {
        fixture.cart(OrdersFixture.ALICE_CART, ALICE, "85123A", 1);
        var traceparent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
        fixture.placeOrder().place(new CheckoutRequest(ALICE, "key-1", CartId.of(OrdersFixture.ALICE_CART), "EUR",
                "pm_sim_approve", traceparent));

        fixture.outbox.relay(fixture.changeFeedBatch("relay"));

        assertThat(drain(SAGA).get(0).properties()).containsEntry("traceparent", traceparent);
    }

    @Test
    void ordersAndOwnerDocumentsOnTheFeedAreNotEvents() {
        var order = fixture.alicesOrder("key-1");
        new StartSaga(fixture.orders, fixture.clock).start(order.id(), "run-1").orElseThrow();

        var relayed = fixture.outbox.relay(fixture.changeFeedBatch("relay"));

        assertThat(relayed.published()).isEqualTo(1);
        assertThat(relayed.unreadable()).isEmpty();
    }
}
