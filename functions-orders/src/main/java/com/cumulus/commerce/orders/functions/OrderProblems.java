package com.cumulus.commerce.orders.functions;

import com.cumulus.commerce.platform.http.Problem;
import java.util.List;

/** The orders app's own problem types (docs/checkout.md), each with a stable {@code type}. */
final class OrderProblems {

    private OrderProblems() {
    }

    static Problem idempotencyKeyRequired() {
        return Problem.of("idempotency-key-required", "Idempotency-Key required", 400,
                "send an Idempotency-Key header (1 to 255 printable ASCII characters) to make this call safe to retry");
    }

    static Problem idempotencyKeyInvalid() {
        return Problem.of("invalid-idempotency-key", "Invalid Idempotency-Key", 400,
                "the Idempotency-Key must be 1 to 255 printable ASCII characters");
    }

    static Problem idempotencyKeyReused() {
        return Problem.of("idempotency-key-reused", "Idempotency-Key reused", 422,
                "this Idempotency-Key was used for a different request; use a new key for a new request");
    }

    static Problem idempotencyKeyInFlight() {
        return Problem.of("idempotency-key-in-flight", "Request in flight", 409,
                "a request with this Idempotency-Key is still running; retry in a moment");
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
