package com.cumulus.commerce.catalog.model;

/** Where a stock reservation stands; only {@code HELD} still holds units. */
public enum ReservationStatus {
    HELD, COMMITTED, RELEASED, EXPIRED;

    public boolean isClosed() {
        return this == RELEASED || this == EXPIRED;
    }
}
