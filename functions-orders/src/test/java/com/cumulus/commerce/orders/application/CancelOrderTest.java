package com.cumulus.commerce.orders.application;

import static com.cumulus.commerce.orders.application.OrdersFixture.ALICE;
import static com.cumulus.commerce.orders.application.OrdersFixture.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.platform.kernel.OrderId;
import com.cumulus.commerce.orders.model.OrderStatus;
import com.cumulus.commerce.orders.model.Transition;
import org.junit.jupiter.api.Test;

class CancelOrderTest extends WithOrdersFixture {

    @Test
    void theOwnerCancelsAPendingOrderAndTheEventGoesWithIt() {
        var order = fixture.alicesOrder("key-1");

        var result = new CancelOrder(fixture.orders, fixture.clock).cancel(ALICE, order.id(), null).orElseThrow();

        assertThat(result).isInstanceOf(Transition.Moved.class);
        assertThat(result.order().status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(fixture.outboxEvents(ALICE)).extracting(event -> event.get("type").asText())
                .containsExactlyInAnyOrder(OrderEvent.PLACED, OrderEvent.CANCELLED);
    }

    @Test
    void anOrderWhoseSagaIsUnderWayCanStillBeCancelled() {
        var order = fixture.alicesOrder("key-1");
        new StartSaga(fixture.orders, fixture.clock).start(order.id(), "run-1").orElseThrow();

        var result = new CancelOrder(fixture.orders, fixture.clock).cancel(ALICE, order.id(), null).orElseThrow();

        assertThat(result.order().status()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void bobCannotCancelAlicesOrder() {
        var order = fixture.alicesOrder("key-1");

        assertThat(new CancelOrder(fixture.orders, fixture.clock).cancel(BOB, order.id(), null)).isEmpty();
        assertThat(fixture.orders.find(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.PENDING);
    }

    @Test
    void aConfirmedOrderCannotBeCancelled() {
        var order = fixture.moved(fixture.alicesOrder("key-1"), OrderStatus.CONFIRMED);

        var result = new CancelOrder(fixture.orders, fixture.clock).cancel(ALICE, order.id(), null).orElseThrow();

        assertThat(result).isEqualTo(new Transition.Refused(order, OrderStatus.CONFIRMED, OrderStatus.CANCELLED));
    }

    @Test
    void cancellingTwiceChangesNothing() {
        var order = fixture.alicesOrder("key-1");
        var cancel = new CancelOrder(fixture.orders, fixture.clock);
        cancel.cancel(ALICE, order.id(), null);

        assertThat(cancel.cancel(ALICE, order.id(), null).orElseThrow()).isInstanceOf(Transition.Unchanged.class);
        assertThat(fixture.outboxEvents(ALICE)).hasSize(2);
    }
}
