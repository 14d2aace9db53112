package com.cumulus.commerce.orders.application;

import java.util.Optional;
import com.cumulus.commerce.orders.model.Order;
import com.cumulus.commerce.platform.documents.Page;
import java.util.Objects;

/** The caller's own orders, newest first, a page at a time. */
public final class ListOrders {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    private final Orders orders;

    public ListOrders(Orders orders) {
        this.orders = Objects.requireNonNull(orders, "'orders' must not be null");
    }

    /** The page; empty when {@code continuationToken} was not issued for this customer's list. */
    public Optional<Page<Order>> list(String customerId, int limit, String continuationToken) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("'limit' must be between 1 and " + MAX_LIMIT);
        }
        return orders.listOwned(customerId, limit, continuationToken);
    }
}
