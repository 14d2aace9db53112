package com.cumulus.commerce.orders.model;

import com.cumulus.commerce.platform.kernel.Sku;
import static com.cumulus.commerce.orders.model.OrderStatus.CANCELLED;
import static com.cumulus.commerce.orders.model.OrderStatus.CONFIRMED;
import static com.cumulus.commerce.orders.model.OrderStatus.FAILED;
import static com.cumulus.commerce.orders.model.OrderStatus.PENDING;
import static com.cumulus.commerce.orders.model.OrderStatus.REFUNDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cumulus.commerce.platform.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderTest {

    private static final Instant PLACED = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant LATER = PLACED.plusSeconds(60);
    private static final Set<List<OrderStatus>> LEGAL = Set.of(
            List.of(PENDING, CONFIRMED), List.of(CONFIRMED, REFUNDED),
            List.of(PENDING, FAILED), List.of(PENDING, CANCELLED));

    private static Order in(OrderStatus status) {
        var order = Order.place(OrderIds.derive("alice", "k"), "alice",
                List.of(new OrderLine(Sku.of("85123A"), 2, Money.of(255, "EUR")), new OrderLine(Sku.of("22423"), 1, Money.of(1275, "EUR"))),
                "pm_sim_approve", PLACED);
        return new Order(order.id(), order.customerId(), status, order.lines(), order.total(), order.paymentMethod(),
                order.placedAt(), order.updatedAt(), Optional.empty(), Optional.empty(), "etag-1");
    }

    @Test
    void aNewOrderIsPendingAndTotalsItsLines() {
        var order = in(PENDING);

        assertThat(order.total()).isEqualTo(Money.of(2 * 255 + 1275, "EUR"));
    }

    @Test
    void onlyTheDocumentedMovesAreLegal() {
        for (var from : OrderStatus.values()) {
            for (var to : OrderStatus.values()) {
                var transition = in(from).moveTo(to, "why", LATER);
                if (from == to || from == CANCELLED && to == FAILED) {
                    assertThat(transition).as(from + " -> " + to).isInstanceOf(Transition.Unchanged.class);
                } else if (LEGAL.contains(List.of(from, to))) {
                    assertThat(transition).as(from + " -> " + to).isInstanceOf(Transition.Moved.class);
                    assertThat(transition.order().status()).isEqualTo(to);
                    assertThat(transition.order().updatedAt()).isEqualTo(LATER);
                } else {
                    assertThat(transition).as(from + " -> " + to)
                            .isEqualTo(new Transition.Refused(in(from), from, to));
                }
            }
        }
    }

    @Test
    void aFailureOrCancellationKeepsItsReason() {
        assertThat(in(PENDING).moveTo(FAILED, "payment declined", LATER).order().reason()).hasValue("payment declined");
        assertThat(in(PENDING).moveTo(CONFIRMED, "ignored", LATER).order().reason()).isEmpty();
    }

    @Test
    void orderIdsAreStablePerCustomerAndKeyAndDifferAcrossThem() {
        var id = OrderIds.derive("alice", "key-1");

        assertThat(id.value()).matches("ord_[a-z2-7]{26}");
        assertThat(id).isEqualTo(OrderIds.derive("alice", "key-1"));
        assertThat(OrderIds.derive("bob", "key-1")).isNotEqualTo(id);
        assertThat(OrderIds.derive("alice", "key-2")).isNotEqualTo(id);
        assertThat(OrderIds.derive("a", "b:c")).isNotEqualTo(OrderIds.derive("a:b", "c"));
    }

    @Test
    void anOrderWithoutLinesOrWithMixedCurrenciesCannotBePlaced() {
        assertThatThrownBy(() -> Order.place(OrderIds.derive("a", "k"), "a", List.of(), "pm", PLACED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Order.place(OrderIds.derive("a", "k"), "a", List.of(
                new OrderLine(Sku.of("A1"), 1, Money.of(1, "EUR")), new OrderLine(Sku.of("A2"), 1, Money.of(1, "GBP"))), "pm", PLACED))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
