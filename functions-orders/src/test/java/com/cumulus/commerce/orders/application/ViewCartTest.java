package com.cumulus.commerce.orders.application;

import static com.cumulus.commerce.orders.application.OrdersFixture.ALICE;
import static com.cumulus.commerce.orders.application.OrdersFixture.ALICE_CART;
import static com.cumulus.commerce.orders.application.OrdersFixture.ANONYMOUS_CART;
import static com.cumulus.commerce.orders.application.OrdersFixture.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.orders.model.CartId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ViewCartTest extends WithOrdersFixture {

    private ViewCart viewCart;

    @BeforeEach
    void open() {
        viewCart = new ViewCart(fixture.carts);
    }

    @Test
    void theOwnerReadsTheirCart() {
        fixture.cart(ALICE_CART, ALICE, "85123A", 2);

        assertThat(viewCart.view(CartId.of(ALICE_CART), ALICE).orElseThrow().lines()).hasSize(1);
    }

    @Test
    void bobCannotSeeAlicesCart() {
        fixture.cart(ALICE_CART, ALICE, "85123A", 2);

        assertThat(viewCart.view(CartId.of(ALICE_CART), BOB)).isEmpty();
        assertThat(viewCart.view(CartId.of(ALICE_CART), null)).isEmpty();
    }

    @Test
    void anAnonymousCartIsReadByWhoeverHoldsItsId() {
        fixture.cart(ANONYMOUS_CART, null, "85123A", 2);

        assertThat(viewCart.view(CartId.of(ANONYMOUS_CART), null)).isPresent();
        assertThat(viewCart.view(CartId.of(ANONYMOUS_CART), ALICE)).isPresent();
    }

    @Test
    void aMissingCartIsEmpty() {
        assertThat(viewCart.view(CartId.of(ALICE_CART), ALICE)).isEmpty();
    }
}
