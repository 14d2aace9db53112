package com.cumulus.commerce.orders.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.orders.model.OrderStatus;
import com.cumulus.commerce.orders.model.Transition;
import com.cumulus.commerce.platform.money.Money;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderDocumentTest {

    private static final Instant PLACED = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void anOrderStoredInAStepTheSagaNoLongerMirrorsReadsAsPendingAndCanStillBeConfirmed() {
        for (var stored : List.of("STOCK_RESERVED", "PAYMENT_AUTHORISED")) {
            var order = stored(stored).toOrder("etag-1");

            assertThat(order.status()).as(stored).isEqualTo(OrderStatus.PENDING);
            assertThat(order.moveTo(OrderStatus.CONFIRMED, null, PLACED.plusSeconds(1)))
                    .isInstanceOf(Transition.Moved.class);
        }
        assertThat(stored("CONFIRMED").toOrder("etag-1").status()).isEqualTo(OrderStatus.CONFIRMED);
    }

    private static OrderDocument stored(String status) {
        return new OrderDocument("alice", OrderDocument.KIND, "ord_aaaaaaaaaaaaaaaaaaaaaaaaaa", "alice", status,
                List.of(new OrderDocument.LineDocument("85123A", 1, Money.of(255, "EUR"))), Money.of(255, "EUR"),
                "pm_sim_approve", PLACED, PLACED.toEpochMilli(), PLACED, "run-1", null);
    }
}
