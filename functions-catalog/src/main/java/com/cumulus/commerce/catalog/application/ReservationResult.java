package com.cumulus.commerce.catalog.application;

import com.cumulus.commerce.platform.kernel.Sku;
import com.cumulus.commerce.platform.kernel.OrderId;
import com.cumulus.commerce.catalog.model.Reservation;
import java.util.Objects;

/** What a reservation request came to; every refusal is a value. */
public sealed interface ReservationResult {

    /** The reservation as it now stands (held, committed or released). */
    record Current(Reservation reservation) implements ReservationResult {
        public Current {
            Objects.requireNonNull(reservation, "'reservation' must not be null");
        }
    }

    /** Too few units of {@code sku}; nothing of the order stays held. */
    record Insufficient(OrderId orderId, Sku sku, long requested, long available) implements ReservationResult {
    }

    /** The reservation was released or expired, so it can no longer be held or committed. */
    record Closed(Reservation reservation) implements ReservationResult {
    }

    /** The order has no reservation. */
    record NoReservation(OrderId orderId) implements ReservationResult {
    }

    /**
     * Placing the holds did not finish (a crash or {@link Contended} in between); repeating the reservation
     * finishes it, and the sweep releases it if nobody does.
     */
    record Incomplete(Reservation reservation) implements ReservationResult {
    }

    /** Too many buyers wrote {@code sku} at once; the request may be repeated as it was. */
    record Contended(OrderId orderId, Sku sku) implements ReservationResult {
    }
}
