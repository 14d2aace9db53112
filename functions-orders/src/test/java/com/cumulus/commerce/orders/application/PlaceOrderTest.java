package com.cumulus.commerce.orders.application;

import com.cumulus.commerce.orders.model.CartId;
import com.cumulus.commerce.platform.kernel.Sku;
import static com.cumulus.commerce.orders.application.OrdersFixture.ALICE;
import static com.cumulus.commerce.orders.application.OrdersFixture.ALICE_CART;
import static com.cumulus.commerce.orders.application.OrdersFixture.ANONYMOUS_CART;
import static com.cumulus.commerce.orders.application.OrdersFixture.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.orders.model.Cart;
import com.cumulus.commerce.orders.model.OrderIds;
import com.cumulus.commerce.orders.model.OrderStatus;
import com.cumulus.commerce.platform.money.Money;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlaceOrderTest extends WithOrdersFixture {

    @Test
    void pricesTheCartWithTheCatalogsPricesAndPlacesAPendingOrder() {
        fixture.cart(ALICE_CART, ALICE, "85123A", 2, "71053", 1);

        var placed = (CheckoutResult.Placed) fixture.placeOrder().place(fixture.checkout(ALICE, "key-1", ALICE_CART));

        var order = placed.order();
        assertThat(placed.created()).isTrue();
        assertThat(order.id()).isEqualTo(OrderIds.derive(ALICE, "key-1"));
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(order.customerId()).isEqualTo(ALICE);
        assertThat(order.total()).isEqualTo(Money.of(2 * 255 + 339, "EUR"));
        assertThat(order.lines()).extracting(line -> line.unitPrice().amount()).containsExactly(255L, 339L);
        assertThat(fixture.priceLookups).as("the whole cart in one lookup").containsExactly(Set.of("85123A", "71053"));
    }

    @Test
    void orderAndEventAreWrittenTogether() {
        var order = fixture.alicesOrder("key-1");

        var events = fixture.outboxEvents(ALICE);
        assertThat(events).hasSize(1);
        var event = events.get(0);
        assertThat(event.get("type").asText()).isEqualTo(OrderEvent.PLACED);
        assertThat(event.get("source").asText()).isEqualTo("/cumulus/orders");
        assertThat(event.get("subject").asText()).isEqualTo(order.id().value());
        assertThat(event.get("data").get("orderId").asText()).isEqualTo(order.id().value());
        assertThat(event.get("data").get("total").get("amount").asLong()).isEqualTo(order.total().amount());
        assertThat(event.get("data").get("lines")).hasSize(2);
        assertThat(fixture.orders.find(order.id())).isPresent();
    }

    @Test
    void aRetriedCheckoutFindsTheOrderItsFirstAttemptWrote() {
        var first = fixture.alicesOrder("key-1");
        fixture.cart(ALICE_CART + "x", ALICE, "85123A", 5);

        var again = (CheckoutResult.Placed) fixture.placeOrder().place(fixture.checkout(ALICE, "key-1", ALICE_CART + "x"));

        assertThat(again.created()).isFalse();
        assertThat(again.order().id()).isEqualTo(first.id());
        assertThat(again.order().total()).isEqualTo(first.total());
        assertThat(fixture.outboxEvents(ALICE)).hasSize(1);
    }

    @Test
    void twoCustomersWithTheSameKeyGetTwoOrders() {
        var alices = fixture.alicesOrder("same-key");
        fixture.cart(OrdersFixture.BOB_CART, BOB, "71053", 1);

        var bobs = (CheckoutResult.Placed) fixture.placeOrder()
                .place(fixture.checkout(BOB, "same-key", OrdersFixture.BOB_CART));

        assertThat(bobs.order().id()).isNotEqualTo(alices.id());
    }

    @Test
    void emptiesTheCartOnceTheOrderIsWritten() {
        fixture.alicesOrder("key-1");

        assertThat(fixture.carts.find(CartId.of(ALICE_CART)).orElseThrow().lines()).isEmpty();
    }

    @Test
    void aCartThatCannotBeEmptiedDoesNotFailTheCheckout() {
        fixture.cart(ALICE_CART, ALICE, "85123A", 1);
        var failingEmpty = new Carts() {
            @Override
            public Optional<Cart> find(CartId cartId) {
                return fixture.carts.find(cartId);
            }

            @Override
            public Optional<Cart> create(Cart cart) {
                return fixture.carts.create(cart);
            }

            @Override
            public Optional<Cart> replace(Cart cart) {
                throw new IllegalStateException("table storage is down");
            }
        };

        var result = new PlaceOrder(failingEmpty, fixture.orders, fixture.prices(), fixture.clock)
                .place(fixture.checkout(ALICE, "key-1", ALICE_CART));

        assertThat(result).isInstanceOf(CheckoutResult.Placed.class);
    }

    @Test
    void anEmptyCartIsRefused() {
        fixture.cart(ALICE_CART, ALICE);

        assertThat(fixture.placeOrder().place(fixture.checkout(ALICE, "key-1", ALICE_CART)))
                .isInstanceOf(CheckoutResult.CartEmpty.class);
        assertThat(fixture.outboxEvents(ALICE)).isEmpty();
    }

    @Test
    void aSkuWithoutAPriceInTheCurrencyIsNamed() {
        fixture.cart(ALICE_CART, ALICE, "85123A", 1, "NO-PRICE", 1);

        var result = fixture.placeOrder().place(fixture.checkout(ALICE, "key-1", ALICE_CART));

        assertThat(result).isEqualTo(new CheckoutResult.Unpriced(List.of(Sku.of("NO-PRICE")), "EUR"));
        assertThat(fixture.orders.find(OrderIds.derive(ALICE, "key-1"))).isEmpty();
    }

    @Test
    void aCatalogOutageRefusesWithoutWritingAnything() {
        fixture.cart(ALICE_CART, ALICE, "85123A", 1);
        ProductPrices down = (skus, currency) -> new ProductPrices.PriceList.Unavailable("timeout");

        var result = new PlaceOrder(fixture.carts, fixture.orders, down, fixture.clock)
                .place(fixture.checkout(ALICE, "key-1", ALICE_CART));

        assertThat(result).isInstanceOf(CheckoutResult.CatalogUnavailable.class);
        assertThat(fixture.outboxEvents(ALICE)).isEmpty();
    }

    @Test
    void bobCannotCheckOutAlicesCart() {
        fixture.cart(ALICE_CART, ALICE, "85123A", 1);

        assertThat(fixture.placeOrder().place(fixture.checkout(BOB, "key-1", ALICE_CART)))
                .isInstanceOf(CheckoutResult.CartNotFound.class);
        assertThat(fixture.carts.find(CartId.of(ALICE_CART)).orElseThrow().lines()).hasSize(1);
    }

    @Test
    void aCustomerChecksOutAnAnonymousSessionCart() {
        fixture.cart(ANONYMOUS_CART, null, "71053", 3);

        var placed = (CheckoutResult.Placed) fixture.placeOrder().place(fixture.checkout(ALICE, "key-1", ANONYMOUS_CART));

        assertThat(placed.order().total()).isEqualTo(Money.of(3 * 339, "EUR"));
    }
}
