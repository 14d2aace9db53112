package com.cumulus.commerce.orders.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.platform.kernel.OrderId;
import org.junit.jupiter.api.Test;

class StartSagaTest extends WithOrdersFixture {

    @Test
    void theFirstRunClaimsTheOrder() {
        var order = fixture.alicesOrder("key-1");

        var start = new StartSaga(fixture.orders, fixture.clock).start(order.id(), "run-1").orElseThrow();

        assertThat(start.duplicate()).isFalse();
        assertThat(fixture.orders.find(order.id()).orElseThrow().sagaRunId()).hasValue("run-1");
    }

    @Test
    void anotherRunIsADuplicateAndTheSameRunAgainIsNot() {
        var order = fixture.alicesOrder("key-1");
        var saga = new StartSaga(fixture.orders, fixture.clock);
        saga.start(order.id(), "run-1");

        assertThat(saga.start(order.id(), "run-2").orElseThrow().duplicate()).isTrue();
        assertThat(saga.start(order.id(), "run-1").orElseThrow().duplicate()).isFalse();
        assertThat(fixture.orders.find(order.id()).orElseThrow().sagaRunId()).hasValue("run-1");
    }

    @Test
    void anUnknownOrderIsEmpty() {
        assertThat(new StartSaga(fixture.orders, fixture.clock).start(OrderId.of("ord_aaaaaaaaaaaaaaaaaaaaaaaaaa"), "run-1"))
                .isEmpty();
    }
}
