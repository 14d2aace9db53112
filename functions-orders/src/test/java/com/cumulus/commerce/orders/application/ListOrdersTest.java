package com.cumulus.commerce.orders.application;

import com.cumulus.commerce.platform.kernel.OrderId;
import static com.cumulus.commerce.orders.application.OrdersFixture.ALICE;
import static com.cumulus.commerce.orders.application.OrdersFixture.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.orders.model.Order;
import java.time.Duration;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class ListOrdersTest extends WithOrdersFixture {

    @Test
    void listsTheCallersOrdersNewestFirstAPageAtATime() {
        var placed = new ArrayList<OrderId>();
        for (int i = 0; i < 5; i++) {
            placed.add(0, fixture.alicesOrder("key-" + i).id());
            fixture.clock.advance(Duration.ofMinutes(1));
        }
        var list = new ListOrders(fixture.orders);

        var first = list.list(ALICE, 3, null).orElseThrow();
        var second = list.list(ALICE, 3, first.continuationToken()).orElseThrow();

        assertThat(first.items()).extracting(Order::id).containsExactlyElementsOf(placed.subList(0, 3));
        assertThat(second.items()).extracting(Order::id).containsExactlyElementsOf(placed.subList(3, 5));
        assertThat(second.continuationToken()).isNull();
    }

    @Test
    void bobsListHoldsNoneOfAlicesOrders() {
        fixture.alicesOrder("key-1");

        assertThat(new ListOrders(fixture.orders).list(BOB, 20, null).orElseThrow().items()).isEmpty();
    }

    @Test
    void aForeignContinuationTokenIsRefused() {
        fixture.alicesOrder("key-1");

        assertThat(new ListOrders(fixture.orders).list(ALICE, 20, "not-a-token")).isEmpty();
    }
}
