package com.cumulus.commerce.orders.application;

import com.cumulus.commerce.orders.model.CartId;
import com.cumulus.commerce.orders.model.Cart;
import java.util.Objects;
import java.util.Optional;

/** Reads a cart for its owner, or for anyone holding an anonymous cart's id; someone else's cart is not there. */
public final class ViewCart {

    private final Carts carts;

    public ViewCart(Carts carts) {
        this.carts = Objects.requireNonNull(carts, "'carts' must not be null");
    }

    /** @param customerId the signed-in customer, or null for an anonymous caller */
    public Optional<Cart> view(CartId id, String customerId) {
        return carts.find(id).filter(cart -> cart.isVisibleTo(customerId));
    }
}
