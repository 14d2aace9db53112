package com.cumulus.commerce.orders.application;

import com.cumulus.commerce.orders.model.CartId;
import com.cumulus.commerce.platform.kernel.Violation;
import com.cumulus.commerce.orders.model.Cart;
import java.util.List;

/** What became of a cart write. */
public sealed interface CartWriteResult {

    record Saved(Cart cart, boolean created) implements CartWriteResult {
    }

    record Invalid(List<Violation> violations) implements CartWriteResult {
        public Invalid {
            violations = List.copyOf(violations);
        }
    }

    /** Someone else's cart, or an If-Match naming a cart that does not exist. */
    record NotFound(CartId cartId) implements CartWriteResult {
    }

    record PreconditionRequired(String detail) implements CartWriteResult {
    }

    record PreconditionFailed(String detail) implements CartWriteResult {
    }
}
