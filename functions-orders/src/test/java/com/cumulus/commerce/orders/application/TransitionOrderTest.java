package com.cumulus.commerce.orders.application;

import static com.cumulus.commerce.orders.application.OrdersFixture.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.platform.kernel.OrderId;
import com.cumulus.commerce.orders.model.OrderStatus;
import com.cumulus.commerce.orders.model.Transition;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TransitionOrderTest extends WithOrdersFixture {

    private TransitionOrder transitions() {
        return new TransitionOrder(fixture.orders, fixture.clock);
    }

    @Test
    void illegalTransitionIsRefused() {
        var order = fixture.alicesOrder("key-1");

        var result = transitions().transition(order.id(), OrderStatus.REFUNDED, null, null).orElseThrow();

        assertThat(result).isInstanceOf(Transition.Refused.class);
        assertThat(fixture.orders.find(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.PENDING);
        assertThat(fixture.outboxEvents(ALICE)).hasSize(1);
    }

    @Test
    void confirmingWritesTheConfirmedEventWithTheOrder() {
        var order = fixture.moved(fixture.alicesOrder("key-1"), OrderStatus.CONFIRMED);

        assertThat(order.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(fixture.outboxEvents(ALICE)).extracting(event -> event.get("type").asText())
                .containsExactlyInAnyOrder(OrderEvent.PLACED, OrderEvent.CONFIRMED);
    }

    @Test
    void failingWritesTheFailedEventWithItsReason() {
        var order = fixture.alicesOrder("key-1");

        transitions().transition(order.id(), OrderStatus.FAILED, "payment declined", null);

        var failed = fixture.outboxEvents(ALICE).stream()
                .filter(event -> event.get("type").asText().equals(OrderEvent.FAILED)).findFirst().orElseThrow();
        assertThat(failed.get("data").get("reason").asText()).isEqualTo("payment declined");
        assertThat(fixture.orders.find(order.id()).orElseThrow().reason()).hasValue("payment declined");
    }

    @Test
    void failingACancelledOrderSucceedsAndChangesNothing() {
        var order = fixture.alicesOrder("key-1");
        new CancelOrder(fixture.orders, fixture.clock).cancel(ALICE, order.id(), null);

        var result = transitions().transition(order.id(), OrderStatus.FAILED, "timeout", null).orElseThrow();

        assertThat(result).isInstanceOf(Transition.Unchanged.class);
        assertThat(result.order().status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(fixture.outboxEvents(ALICE)).hasSize(2);
    }

    @Test
    void anUnknownOrderIsEmpty() {
        assertThat(transitions().transition(OrderId.of("ord_aaaaaaaaaaaaaaaaaaaaaaaaaa"), OrderStatus.FAILED, null, null)).isEmpty();
    }

    @Test
    void concurrentWritersRetryOnAStaleVersionAndExactlyOneMoves() throws Exception {
        var order = fixture.alicesOrder("key-1");
        var pool = Executors.newFixedThreadPool(8);
        var tasks = new ArrayList<Callable<Transition>>();
        for (int i = 0; i < 8; i++) {
            var target = i % 2 == 0 ? OrderStatus.CANCELLED : OrderStatus.CONFIRMED;
            tasks.add(() -> transitions().transition(order.id(), target, null, null).orElseThrow());
        }
        var results = new ArrayList<Transition>();
        for (var future : pool.invokeAll(tasks)) {
            results.add(future.get());
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);

        // a cancelled order cannot be confirmed, nor a confirmed one cancelled: exactly one writer moves it
        assertThat(results.stream().filter(Transition.Moved.class::isInstance).count()).isEqualTo(1L);
        var status = fixture.orders.find(order.id()).orElseThrow().status();
        assertThat(status).isIn(OrderStatus.CANCELLED, OrderStatus.CONFIRMED);
        var cancelledEvents = fixture.outboxEvents(ALICE).stream()
                .filter(event -> event.get("type").asText().equals(OrderEvent.CANCELLED)).count();
        assertThat(cancelledEvents).isEqualTo(status == OrderStatus.CANCELLED ? 1 : 0);
        var confirmedEvents = fixture.outboxEvents(ALICE).stream()
                .filter(event -> event.get("type").asText().equals(OrderEvent.CONFIRMED)).count();
        assertThat(confirmedEvents).isEqualTo(status == OrderStatus.CONFIRMED ? 1 : 0);
    }
}
