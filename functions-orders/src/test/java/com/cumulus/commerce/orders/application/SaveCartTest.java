package com.cumulus.commerce.orders.application;

import com.cumulus.commerce.platform.kernel.Sku;
import static com.cumulus.commerce.orders.application.OrdersFixture.ALICE;
import static com.cumulus.commerce.orders.application.OrdersFixture.ALICE_CART;
import static com.cumulus.commerce.orders.application.OrdersFixture.ANONYMOUS_CART;
import static com.cumulus.commerce.orders.application.OrdersFixture.BOB;
import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.orders.model.CartId;
import com.cumulus.commerce.orders.model.Cart;
import com.cumulus.commerce.orders.model.CartLine;
import com.cumulus.commerce.platform.http.EntityTags;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SaveCartTest extends WithOrdersFixture {

    private SaveCart saveCart;

    @BeforeEach
    void open() {
        saveCart = fixture.saveCart();
    }

    private static List<Cart.RequestedLine> lines(Object... skuAndQuantity) {
        var lines = new ArrayList<Cart.RequestedLine>();
        for (int i = 0; i < skuAndQuantity.length; i += 2) {
            lines.add(new Cart.RequestedLine((String) skuAndQuantity[i], (Integer) skuAndQuantity[i + 1]));
        }
        return lines;
    }

    @Test
    void theFirstWriteCreatesTheCartForItsCaller() {
        var saved = (CartWriteResult.Saved) saveCart.save(CartId.of(ALICE_CART), ALICE, lines("85123A", 2), null);

        assertThat(saved.created()).isTrue();
        assertThat(saved.cart().ownerId()).hasValue(ALICE);
        assertThat(saved.cart().lines()).containsExactly(new CartLine(Sku.of("85123A"), 2));
        assertThat(saved.cart().etag()).isNotBlank();
    }

    @Test
    void duplicateSkusAreMergedBySummingTheirQuantities() {
        var saved = (CartWriteResult.Saved) saveCart.save(CartId.of(ALICE_CART), ALICE,
                lines("85123A", 2, "71053", 1, "85123A", 3), null);

        assertThat(saved.cart().lines()).containsExactly(new CartLine(Sku.of("85123A"), 5), new CartLine(Sku.of("71053"), 1));
    }

    @Test
    void mergedQuantitiesOverTheLimitAreRefused() {
        var result = saveCart.save(CartId.of(ALICE_CART), ALICE, lines("85123A", 60, "85123A", 40), null);

        assertThat(((CartWriteResult.Invalid) result).violations()).extracting(v -> v.field()).containsExactly("lines");
    }

    @Test
    void badLinesAreRefusedNamingTheField() {
        var result = (CartWriteResult.Invalid) saveCart.save(CartId.of(ALICE_CART), ALICE,
                lines("bad sku!", 1, "71053", 0, "85123A", 100, "22423", null), null);

        assertThat(result.violations()).extracting(v -> v.field())
                .containsExactly("lines[0].sku", "lines[1].quantity", "lines[2].quantity", "lines[3].quantity");
        assertThat(fixture.carts.find(CartId.of(ALICE_CART))).isEmpty();
    }

    @Test
    void moreThanFiftyLinesAreRefused() {
        var many = new ArrayList<Cart.RequestedLine>();
        for (int i = 0; i < 51; i++) {
            many.add(new Cart.RequestedLine("SKU-" + i, 1));
        }

        assertThat(saveCart.save(CartId.of(ALICE_CART), ALICE, many, null)).isInstanceOf(CartWriteResult.Invalid.class);
        assertThat(saveCart.save(CartId.of(ALICE_CART), ALICE, many.subList(0, 50), null))
                .isInstanceOf(CartWriteResult.Saved.class);
    }

    @Test
    void changingAStoredCartNeedsItsEtag() {
        var first = (CartWriteResult.Saved) saveCart.save(CartId.of(ALICE_CART), ALICE, lines("85123A", 1), null);

        assertThat(saveCart.save(CartId.of(ALICE_CART), ALICE, lines("85123A", 2), null))
                .isInstanceOf(CartWriteResult.PreconditionRequired.class);
        var second = (CartWriteResult.Saved) saveCart.save(CartId.of(ALICE_CART), ALICE, lines("85123A", 2),
                EntityTags.quoted(first.cart().etag()));
        assertThat(second.created()).isFalse();
        assertThat(second.cart().lines()).containsExactly(new CartLine(Sku.of("85123A"), 2));
    }

    @Test
    void aStaleEtagLosesToTheWriteThatCameFirst() {
        var first = (CartWriteResult.Saved) saveCart.save(CartId.of(ALICE_CART), ALICE, lines("85123A", 1), null);
        var etag = EntityTags.quoted(first.cart().etag());
        saveCart.save(CartId.of(ALICE_CART), ALICE, lines("85123A", 2), etag);

        assertThat(saveCart.save(CartId.of(ALICE_CART), ALICE, lines("85123A", 3), etag))
                .isInstanceOf(CartWriteResult.PreconditionFailed.class);
        assertThat(fixture.carts.find(CartId.of(ALICE_CART)).orElseThrow().lines()).containsExactly(new CartLine(Sku.of("85123A"), 2));
    }

    @Test
    void bobCannotChangeAlicesCart() {
        var alices = (CartWriteResult.Saved) saveCart.save(CartId.of(ALICE_CART), ALICE, lines("85123A", 1), null);

        assertThat(saveCart.save(CartId.of(ALICE_CART), BOB, lines("85123A", 9), EntityTags.quoted(alices.cart().etag())))
                .isEqualTo(new CartWriteResult.NotFound(CartId.of(ALICE_CART)));
        assertThat(saveCart.save(CartId.of(ALICE_CART), null, lines("85123A", 9), "*"))
                .isEqualTo(new CartWriteResult.NotFound(CartId.of(ALICE_CART)));
        assertThat(fixture.carts.find(CartId.of(ALICE_CART)).orElseThrow().lines()).containsExactly(new CartLine(Sku.of("85123A"), 1));
    }

    @Test
    void aCustomerWhoWritesToAnAnonymousCartAdoptsIt() {
        var anonymous = (CartWriteResult.Saved) saveCart.save(CartId.of(ANONYMOUS_CART), null, lines("85123A", 1), null);

        saveCart.save(CartId.of(ANONYMOUS_CART), ALICE, lines("85123A", 2), EntityTags.quoted(anonymous.cart().etag()));

        assertThat(new ViewCart(fixture.carts).view(CartId.of(ANONYMOUS_CART), ALICE)).isPresent();
        assertThat(new ViewCart(fixture.carts).view(CartId.of(ANONYMOUS_CART), null)).isEmpty();
    }
}
