package com.cumulus.commerce.catalog.application;

import com.cumulus.commerce.platform.kernel.OrderId;
import com.cumulus.commerce.catalog.model.ReservationStatus;
import com.cumulus.commerce.platform.Clock;
import java.util.Objects;

/**
 * Gives an order's stock back: a held reservation drops its holds, a committed one puts its units back on hand
 * (the compensation after a commit). Releasing nothing, or something released or expired already, succeeds.
 */
public final class ReleaseReservation {

    private final Reservations reservations;
    private final ReservationSettlement settlement;

    public ReleaseReservation(Reservations reservations, StockLevels stockLevels, Clock clock) {
        this.reservations = Objects.requireNonNull(reservations, "'reservations' must not be null");
        this.settlement = new ReservationSettlement(reservations, stockLevels, clock);
    }

    public ReservationResult release(OrderId orderId) {
        var found = reservations.find(orderId);
        if (found.isEmpty()) {
            return new ReservationResult.NoReservation(orderId);
        }
        var released = settlement.move(found.get(), ReservationStatus.RELEASED, r -> !r.status().isClosed());
        return new ReservationResult.Current(released.value());
    }
}
