package com.cumulus.commerce.catalog.application;

import com.cumulus.commerce.catalog.model.ReservationStatus;
import com.cumulus.commerce.platform.Clock;
import java.util.Objects;

/**
 * The sweep: expires {@code HELD} reservations whose hold ran out and gives their units back, then finishes the
 * stock work of any reservation a crash left unsettled. Bounded per run; the next run carries on.
 */
public final class ReleaseExpiredReservations {

    static final int PAGE = 100;
    static final int MAX_PAGES = 20;

    private final Reservations reservations;
    private final ReservationSettlement settlement;

    public ReleaseExpiredReservations(Reservations reservations, StockLevels stockLevels, Clock clock) {
        this.reservations = Objects.requireNonNull(reservations, "'reservations' must not be null");
        this.settlement = new ReservationSettlement(reservations, stockLevels, clock);
    }

    /** @return how many reservations this run expired */
    public int sweep() {
        var now = settlement.clock().now();
        int expired = 0;
        for (int page = 0; page < MAX_PAGES; page++) {
            var due = reservations.findDue(now, PAGE);
            for (var reservation : due) {
                var after = settlement.move(reservation, ReservationStatus.EXPIRED, r -> r.isDue(now));
                if (after.value().status() == ReservationStatus.EXPIRED) {
                    expired++;
                }
            }
            if (due.size() < PAGE) {
                break;
            }
        }
        reservations.findUnsettled(PAGE).forEach(settlement::settle);
        return expired;
    }
}
