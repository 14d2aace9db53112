package com.cumulus.commerce.orders.application;

import com.cumulus.commerce.orders.model.Cart;
import java.util.Optional;

/** Where carts are kept, each with the ETag of its stored version. */
public interface Carts {

    Optional<Cart> find(String cartId);

    /** @throws com.cumulus.commerce.platform.documents.ConflictException when a cart with that id exists */
    Cart create(Cart cart);

    /**
     * Replaces the stored cart when {@code cart.etag()} is still its version.
     *
     * @throws com.cumulus.commerce.platform.documents.PreconditionFailedException when it is not
     * @throws com.cumulus.commerce.platform.documents.NotFoundException when the cart is gone
     */
    Cart replace(Cart cart);
}
