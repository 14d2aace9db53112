package com.cumulus.commerce.catalog.application;

import java.util.Objects;
import com.cumulus.commerce.platform.kernel.OrderId;


/** The orders app cancelled an order ({@code commerce.orders.order-cancelled.v1}), as event {@code eventId}. */
public record OrderCancelled(String eventId, OrderId orderId) {

    public OrderCancelled {
        if (eventId == null || eventId.isBlank()) {
            throw new IllegalArgumentException("'eventId' must not be blank");
        }
        Objects.requireNonNull(orderId, "'orderId' must not be null");
    }
}
