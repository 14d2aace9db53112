package com.cumulus.commerce.orders.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an order is in its life, as its customer and the operators need to know it: {@code PENDING → CONFIRMED →
 * REFUNDED}; until it is confirmed an order may still fail or be cancelled. The saga's steps in between (stock
 * held, payment authorised) are in its run history, not in the order.
 */
public enum OrderStatus {
    PENDING,
    CONFIRMED,
    REFUNDED,
    FAILED,
    CANCELLED;

    private static final Set<OrderStatus> OPEN = EnumSet.of(PENDING);

    /** Whether {@code target} is one step on from here (staying put is not a move; see {@link Order#moveTo}). */
    public boolean leadsTo(OrderStatus target) {
        return switch (target) {
            case CONFIRMED -> this == PENDING;
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
