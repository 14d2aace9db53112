package com.cumulus.commerce.orders.functions;

import com.cumulus.commerce.orders.model.Cart;
import com.cumulus.commerce.platform.http.Problem;
import com.cumulus.commerce.platform.http.Problems;
import com.cumulus.commerce.platform.kernel.Checked;
import java.util.List;

/** {@code PUT /api/carts/{cartId}}: {@code {"lines": [{"sku", "quantity"}]}}, checked by the cart's own rules. */
record CartBody(List<LineBody> lines) {

    /** The lines as sent; their rules are the cart's, checked by the use case. */
    Checked<List<Cart.RequestedLine>, Problem> requested() {
        if (lines == null) {
            return Checked.refused(Problems.invalid("lines", "is required (an array)"));
        }
        return Checked.valid(lines.stream()
                .map(line -> line == null ? null : new Cart.RequestedLine(line.sku(), line.quantity()))
                .toList());
    }

    record LineBody(String sku, Integer quantity) {
    }
}
