package com.cumulus.commerce.catalog.application;

import com.cumulus.commerce.catalog.model.OrderId;

/** The orders app cancelled an order ({@code commerce.orders.order-cancelled.v1}), as event {@code eventId}. */
public record OrderCancelled(String eventId, String orderId) {

    public OrderCancelled {
        if (eventId == null || eventId.isBlank()) {
            throw new IllegalArgumentException("'eventId' must not be blank");
        }
        OrderId.requireValid(orderId);
    }
}
