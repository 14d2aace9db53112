package com.cumulus.commerce.catalog.application;

import com.cumulus.commerce.platform.kernel.OrderId;
import java.util.Objects;

/** Reads an order's reservation as stored (for diagnostics). */
public final class ViewReservation {

    private final Reservations reservations;

    public ViewReservation(Reservations reservations) {
        this.reservations = Objects.requireNonNull(reservations, "'reservations' must not be null");
    }

    public ReservationResult view(OrderId orderId) {
        return reservations.find(orderId)
                .<ReservationResult>map(stored -> new ReservationResult.Current(stored.value()))
                .orElseGet(() -> new ReservationResult.NoReservation(orderId));
    }
}
