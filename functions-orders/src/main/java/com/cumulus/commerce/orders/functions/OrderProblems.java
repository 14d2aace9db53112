package com.cumulus.commerce.orders.functions;

import com.cumulus.commerce.platform.http.Problem;
import java.util.List;

/** The orders app's own problem types (docs/checkout.md), each with a stable {@code type}. */
final class OrderProblems {

    private OrderProblems() {
    }

    static Problem cartEmpty(String cartId) {
        return Problem.of("cart-empty", "Cart is empty", 422, "cart " + cartId + " has no lines to check out");
    }

    static Problem priceUnavailable(List<String> skus, String currency) {
        return Problem.of("price-unavailable", "Price unavailable", 422,
                "no price in " + currency + " for " + String.join(", ", skus)).with("skus", skus);
    }

    static Problem catalogUnavailable() {
        return Problem.of("catalog-unavailable", "Catalog unavailable", 503,
                "prices could not be read from the catalog; retry with the same Idempotency-Key");
    }

    static Problem illegalTransition(String detail) {
        return Problem.of("illegal-transition", "Illegal transition", 409, detail);
    }
}
