package com.cumulus.commerce.orders.functions;

import com.cumulus.commerce.functions.support.Answer;
import com.cumulus.commerce.orders.application.CartWriteResult;
import com.cumulus.commerce.orders.model.Cart;
import com.cumulus.commerce.platform.http.Problems;

/** Each cart result as its answer; a cart is private to its owner, so never cached on the way. */
final class CartAnswers {

    private CartAnswers() {
    }

    static Answer found(Cart cart) {
        return Answer.ok(CartResource.of(cart)).etag(cart.etag()).header("Cache-Control", "private, no-store");
    }

    static Answer notFound(Object cartId) {
        return Answer.problem(Problems.notFound("cart " + cartId + " does not exist"));
    }

    static Answer of(CartWriteResult result) {
        if (result instanceof CartWriteResult.Saved saved) {
            var answer = Answer.json(saved.created() ? 201 : 200, CartResource.of(saved.cart()))
                    .etag(saved.cart().etag());
            return saved.created() ? answer.header("Location", "/api/carts/" + saved.cart().id()) : answer;
        }
        if (result instanceof CartWriteResult.Invalid invalid) {
            return Answer.problem(Problems.invalid(invalid.violations()));
        }
        if (result instanceof CartWriteResult.NotFound notFound) {
            return notFound(notFound.cartId());
        }
        if (result instanceof CartWriteResult.PreconditionRequired required) {
            return Answer.problem(Problems.preconditionRequired(required.detail()));
        }
        return Answer.problem(Problems.preconditionFailed(((CartWriteResult.PreconditionFailed) result).detail()));
    }
}
