package com.cumulus.commerce.catalog.functions;

import com.cumulus.commerce.catalog.model.Reservation;
import java.time.Instant;
import java.util.List;

/** A reservation as the API answers it. */
record ReservationResource(String orderId, String status, Instant expiresAt, List<Line> lines) {

    static ReservationResource of(Reservation reservation) {
        return as(reservation, reservation.status().name());
    }

    /** The reservation answered with another status word (a release answers an expired one as released). */
    static ReservationResource as(Reservation reservation, String status) {
        return new ReservationResource(reservation.orderId().value(), status, reservation.expiresAt(),
                reservation.lines().stream().map(line -> new Line(line.sku().value(), line.quantity())).toList());
    }

    record Line(String sku, long quantity) {
    }
}
