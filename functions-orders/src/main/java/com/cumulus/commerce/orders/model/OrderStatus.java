package com.cumulus.commerce.orders.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an order is in its life. The happy path runs {@code PENDING → STOCK_RESERVED → PAYMENT_AUTHORISED →
 * CONFIRMED → REFUNDED}; until it is confirmed an order may still fail or be cancelled.
 */
public enum OrderStatus {
    PENDING,
    STOCK_RESERVED,
    PAYMENT_AUTHORISED,
    CONFIRMED,
    REFUNDED,
    FAILED,
    CANCELLED;

    private static final Set<OrderStatus> OPEN = EnumSet.of(PENDING, STOCK_RESERVED, PAYMENT_AUTHORISED);

    /** Whether {@code target} is one step on from here (staying put is not a move; see {@link Order#moveTo}). */
    public boolean leadsTo(OrderStatus target) {
        return switch (target) {
            case STOCK_RESERVED -> this == PENDING;
            case PAYMENT_AUTHORISED -> this == STOCK_RESERVED;
            case CONFIRMED -> this == PAYMENT_AUTHORISED;
            case REFUNDED -> this == CONFIRMED;
            case FAILED, CANCELLED -> OPEN.contains(this);
            case PENDING -> false;
        };
    }

    /** Still on its way to confirmation, so it can be cancelled or failed. */
    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
