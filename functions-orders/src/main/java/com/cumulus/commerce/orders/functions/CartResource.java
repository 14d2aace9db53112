package com.cumulus.commerce.orders.functions;

import com.cumulus.commerce.orders.model.Cart;
import com.cumulus.commerce.platform.http.EntityTags;
import java.util.List;

/** A cart as the API answers it; whose it is stays on the server. */
record CartResource(String cartId, List<Line> lines, String etag) {

    static CartResource of(Cart cart) {
        return new CartResource(cart.id().value(),
                cart.lines().stream().map(l -> new Line(l.sku().value(), l.quantity())).toList(),
                EntityTags.quoted(cart.etag()));
    }

    record Line(String sku, int quantity) {
    }
}
