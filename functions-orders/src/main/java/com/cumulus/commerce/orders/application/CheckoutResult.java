package com.cumulus.commerce.orders.application;

import com.cumulus.commerce.platform.kernel.Sku;
import com.cumulus.commerce.orders.model.CartId;
import com.cumulus.commerce.orders.model.Order;
import java.util.List;

/** What became of a checkout: an order, or the reason there is none (refusals are values). */
public sealed interface CheckoutResult {

    /** @param created false when a retried checkout found the order its first attempt wrote */
    record Placed(Order order, boolean created) implements CheckoutResult {
    }

    /** No such cart, or it belongs to someone else. */
    record CartNotFound(CartId cartId) implements CheckoutResult {
    }

    record CartEmpty(CartId cartId) implements CheckoutResult {
    }

    /** The catalog has no price for these SKUs in the currency (or no such products). */
    record Unpriced(List<Sku> skus, String currency) implements CheckoutResult {
        public Unpriced {
            skus = List.copyOf(skus);
        }
    }

    record CatalogUnavailable(String reason) implements CheckoutResult {
    }
}
