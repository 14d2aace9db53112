package com.cumulus.commerce.orders.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.orders.model.Order;
import com.cumulus.commerce.orders.model.OrderStatus;
import com.cumulus.commerce.platform.events.Inbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecordRefundTest extends WithOrdersFixture {

    private RecordRefund recordRefund;
    private Order confirmed;

    @BeforeEach
    void open() {
        recordRefund = new RecordRefund(new TransitionOrder(fixture.orders, fixture.clock),
                new Inbox(fixture.platform.tables(), fixture.clock, fixture.platform.instance()));
        confirmed = fixture.moved(fixture.alicesOrder("key-1"), OrderStatus.CONFIRMED);
    }

    private OrderStatus status() {
        return fixture.orders.find(confirmed.id()).orElseThrow().status();
    }

    @Test
    void aFullRefundMovesTheConfirmedOrderToRefunded() {
        assertThat(recordRefund.handle(new PaymentEvent("evt-1", PaymentEvent.REFUNDED, confirmed.id().value(), true))).isTrue();

        assertThat(status()).isEqualTo(OrderStatus.REFUNDED);
    }

    @Test
    void aRedeliveredEventIsDropped() {
        var event = new PaymentEvent("evt-1", PaymentEvent.REFUNDED, confirmed.id().value(), true);
        recordRefund.handle(event);

        assertThat(recordRefund.handle(event)).isFalse();
        assertThat(status()).isEqualTo(OrderStatus.REFUNDED);
    }

    @Test
    void partialRefundsAndOtherTypesAreIgnored() {
        assertThat(recordRefund.handle(new PaymentEvent("evt-1", PaymentEvent.REFUNDED, confirmed.id().value(), false)))
                .isFalse();
        assertThat(recordRefund.handle(new PaymentEvent("evt-2", "commerce.payments.payment-captured.v1",
                confirmed.id().value(), true))).isFalse();

        assertThat(status()).isEqualTo(OrderStatus.CONFIRMED);
    }

    @Test
    void aRefundOfAnOrderThatIsNotConfirmedChangesNothing() {
        var pending = fixture.alicesOrder("key-2");

        recordRefund.handle(new PaymentEvent("evt-3", PaymentEvent.REFUNDED, pending.id().value(), true));

        assertThat(fixture.orders.find(pending.id()).orElseThrow().status()).isEqualTo(OrderStatus.PENDING);
    }
}
