package com.cumulus.commerce.catalog.application;

import com.cumulus.commerce.platform.kernel.OrderId;
import com.cumulus.commerce.catalog.model.Reservation;
import com.cumulus.commerce.catalog.model.ReservationStatus;
import com.cumulus.commerce.platform.Clock;
import java.util.Objects;

/**
 * Takes an order's held units off hand for good: {@code HELD -> COMMITTED}, then per SKU the hold goes and
 * {@code onHand} drops by its quantity in one conditional write. A SKU whose hold is gone was done already.
 * A hold that ran out is expired here rather than committed, even before the sweep got to it.
 */
public final class CommitReservation {

    private final Reservations reservations;
    private final ReservationSettlement settlement;

    public CommitReservation(Reservations reservations, StockLevels stockLevels, Clock clock) {
        this.reservations = Objects.requireNonNull(reservations, "'reservations' must not be null");
        this.settlement = new ReservationSettlement(reservations, stockLevels, clock);
    }

    public ReservationResult commit(OrderId orderId) {
        var found = reservations.find(orderId);
        if (found.isEmpty()) {
            return new ReservationResult.NoReservation(orderId);
        }
        var stored = found.get();
        var now = settlement.clock().now();
        if (stored.value().isDue(now)) {
            return answer(settlement.move(stored, ReservationStatus.EXPIRED, r -> r.isDue(now)));
        }
        if (stored.value().status() == ReservationStatus.HELD && !stored.value().settled()) {
            return new ReservationResult.Incomplete(stored.value());
        }
        return answer(settlement.move(stored, ReservationStatus.COMMITTED,
                r -> r.status() == ReservationStatus.HELD && r.settled() && !r.isDue(now)));
    }

    private static ReservationResult answer(Versioned<Reservation> stored) {
        var reservation = stored.value();
        if (reservation.status().isClosed()) {
            return new ReservationResult.Closed(reservation);
        }
        if (reservation.status() == ReservationStatus.HELD) {
            return new ReservationResult.Incomplete(reservation);
        }
        return new ReservationResult.Current(reservation);
    }
}
