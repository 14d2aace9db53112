package com.cumulus.commerce.catalog.adapters;

import com.cumulus.commerce.platform.kernel.OrderId;
import com.cumulus.commerce.platform.kernel.Sku;
import com.cumulus.commerce.catalog.model.Reservation;
import com.cumulus.commerce.catalog.model.ReservationLine;
import com.cumulus.commerce.catalog.model.ReservationStatus;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/**
 * A reservation as stored in the {@code reservations} container (partition and id = order id).
 * {@code stockWork} is {@code PENDING} until the stock work of {@code status} is done, then {@code DONE}; a string
 * rather than a boolean so the sweep can query it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ReservationDocument(String id, String orderId, List<LineDocument> lines, String status, Instant expiresAt,
                           boolean committed, String stockWork) {

    static final String PENDING = "PENDING";
    static final String DONE = "DONE";

    static ReservationDocument of(Reservation reservation) {
        return new ReservationDocument(reservation.orderId().value(), reservation.orderId().value(),
                reservation.lines().stream().map(line -> new LineDocument(line.sku().value(), line.quantity())).toList(),
                reservation.status().name(), reservation.expiresAt(), reservation.committed(),
                reservation.settled() ? DONE : PENDING);
    }

    Reservation toReservation() {
        return new Reservation(OrderId.of(orderId), lines.stream()
                .map(line -> new ReservationLine(Sku.of(line.sku()), line.quantity()))
                .toList(), ReservationStatus.valueOf(status), expiresAt, committed, DONE.equals(stockWork));
    }

    record LineDocument(String sku, long quantity) {
    }
}
