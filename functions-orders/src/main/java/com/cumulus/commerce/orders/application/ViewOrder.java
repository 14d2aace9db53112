package com.cumulus.commerce.orders.application;

import com.cumulus.commerce.platform.kernel.OrderId;
import com.cumulus.commerce.orders.model.Order;
import java.util.Objects;
import java.util.Optional;

/** One order, for its owner only: another customer's order is simply not there (no hint that it exists). */
public final class ViewOrder {

    private final Orders orders;

    public ViewOrder(Orders orders) {
        this.orders = Objects.requireNonNull(orders, "'orders' must not be null");
    }

    public Optional<Order> view(String customerId, OrderId id) {
        return orders.findOwned(customerId, id);
    }
}
