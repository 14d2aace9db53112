package com.cumulus.commerce.orders.application;

import static com.cumulus.commerce.orders.application.OrdersFixture.ALICE;
import static com.cumulus.commerce.orders.application.OrdersFixture.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.platform.kernel.OrderId;
import org.junit.jupiter.api.Test;

class ViewOrderTest extends WithOrdersFixture {

    @Test
    void theOwnerSeesTheirOrder() {
        var order = fixture.alicesOrder("key-1");

        assertThat(new ViewOrder(fixture.orders).view(ALICE, order.id())).hasValueSatisfying(found -> {
            assertThat(found.id()).isEqualTo(order.id());
            assertThat(found.total()).isEqualTo(order.total());
        });
    }

    @Test
    void bobCannotSeeAlicesOrder() {
        var order = fixture.alicesOrder("key-1");

        assertThat(new ViewOrder(fixture.orders).view(BOB, order.id())).isEmpty();
    }

    @Test
    void theOwnerLookupIsNotMistakenForAnOrder() {
        var order = fixture.alicesOrder("key-1");

        assertThat(new ViewOrder(fixture.orders).view(order.id().value(), order.id())).isEmpty();
    }
}
