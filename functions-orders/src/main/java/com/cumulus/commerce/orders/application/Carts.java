package com.cumulus.commerce.orders.application;

import com.cumulus.commerce.orders.model.CartId;
import com.cumulus.commerce.orders.model.Cart;
import java.util.Optional;

/** Where carts are kept, each with the ETag of its stored version. */
public interface Carts {

    Optional<Cart> find(CartId cartId);

    /** Stores a new cart; empty when a cart with that id exists already. */
    Optional<Cart> create(Cart cart);

    /** Replaces the stored cart when {@code cart.etag()} is still its version; empty when it changed or went. */
    Optional<Cart> replace(Cart cart);
}
