package com.cumulus.commerce.orders.application;

import com.cumulus.commerce.orders.model.CartId;
import com.cumulus.commerce.orders.model.Cart;
import com.cumulus.commerce.platform.http.EntityTags;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Replaces a cart's lines. The first write creates the cart for the caller (a customer, or an anonymous session);
 * every later one must name the stored version in {@code If-Match}, so two tabs editing one cart cannot silently
 * overwrite each other. A signed-in customer who writes to an anonymous cart adopts it: from then on it is theirs
 * and the anonymous session no longer sees it.
 */
public final class SaveCart {

    private final Carts carts;

    public SaveCart(Carts carts) {
        this.carts = Objects.requireNonNull(carts, "'carts' must not be null");
    }

    /**
     * @param customerId the signed-in customer, or null for an anonymous caller
     * @param ifMatch    the version the client read, or null when it sent none
     */
    public CartWriteResult save(CartId id, String customerId, List<Cart.RequestedLine> requested, String ifMatch) {
        var lines = Cart.readLines(requested);
        if (!lines.violations().isEmpty()) {
            return new CartWriteResult.Invalid(lines.violations());
        }
        var stored = carts.find(id);
        if (stored.isEmpty()) {
            if (ifMatch != null) {
                return new CartWriteResult.NotFound(id);
            }
            return carts.create(new Cart(id, Optional.ofNullable(customerId), lines.lines(), null))
                    .<CartWriteResult>map(created -> new CartWriteResult.Saved(created, true))
                    .orElseGet(() -> new CartWriteResult.PreconditionFailed(
                            "the cart was created meanwhile; read it and retry"));
        }
        var cart = stored.get();
        if (!cart.isVisibleTo(customerId)) {
            return new CartWriteResult.NotFound(id);
        }
        if (ifMatch == null) {
            return new CartWriteResult.PreconditionRequired("changing a cart needs If-Match with its ETag");
        }
        if (!EntityTags.matchesStrongly(ifMatch, cart.etag())) {
            return new CartWriteResult.PreconditionFailed("the cart has changed since it was read");
        }
        return carts.replace(cart.withLines(lines.lines(), customerId))
                .<CartWriteResult>map(replaced -> new CartWriteResult.Saved(replaced, false))
                .orElseGet(() -> new CartWriteResult.PreconditionFailed("the cart has changed since it was read"));
    }
}
