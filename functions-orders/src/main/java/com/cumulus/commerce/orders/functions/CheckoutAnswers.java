package com.cumulus.commerce.orders.functions;

import com.cumulus.commerce.platform.kernel.Sku;
import com.cumulus.commerce.orders.application.CheckoutResult;
import com.cumulus.commerce.platform.http.Json;
import com.cumulus.commerce.platform.http.Problem;
import com.cumulus.commerce.platform.http.Problems;
import com.cumulus.commerce.platform.idempotency.StoredResponse;

/** A checkout's result as the answer its Idempotency-Key keeps: 202 and the order, or the refusal. */
final class CheckoutAnswers {

    private CheckoutAnswers() {
    }

    static StoredResponse of(CheckoutResult result) {
        if (result instanceof CheckoutResult.Placed placed) {
            return new StoredResponse(202, OrderResource.location(placed.order()),
                    Json.write(OrderResource.of(placed.order())));
        }
        return StoredResponse.of(refusal(result));
    }

    private static Problem refusal(CheckoutResult result) {
        if (result instanceof CheckoutResult.CartNotFound notFound) {
            return Problems.notFound("cart " + notFound.cartId() + " does not exist");
        }
        if (result instanceof CheckoutResult.CartEmpty empty) {
            return OrderProblems.cartEmpty(empty.cartId().value());
        }
        if (result instanceof CheckoutResult.Unpriced unpriced) {
            return OrderProblems.priceUnavailable(unpriced.skus().stream().map(Sku::value).toList(),
                    unpriced.currency());
        }
        return OrderProblems.catalogUnavailable();
    }
}
