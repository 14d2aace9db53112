package com.cumulus.commerce.catalog.functions;

import com.cumulus.commerce.catalog.application.ReservationResult;
import com.cumulus.commerce.catalog.application.StockAdjustmentResult;
import com.cumulus.commerce.platform.http.Problem;

/** The catalog's own problem types (docs/checkout.md, openapi.yaml), each with a stable {@code type}. */
final class CatalogProblems {

    private CatalogProblems() {
    }

    static Problem insufficientStock(ReservationResult.Insufficient insufficient) {
        return Problem.of("insufficient-stock", "Insufficient stock", 409,
                        "only " + insufficient.available() + " of " + insufficient.sku() + " available; "
                                + insufficient.orderId() + " needs " + insufficient.requested()
                                + ", so nothing is held for it")
                .with("orderId", insufficient.orderId().value())
                .with("sku", insufficient.sku().value())
                .with("requested", insufficient.requested())
                .with("available", insufficient.available());
    }

    static Problem insufficientStock(StockAdjustmentResult.Insufficient insufficient) {
        return Problem.of("insufficient-stock", "Insufficient stock", 409,
                        insufficient.onHand() + " of " + insufficient.sku() + " on hand, " + insufficient.reserved()
                                + " of them reserved; cannot remove " + Math.negateExact(insufficient.delta()))
                .with("sku", insufficient.sku().value())
                .with("onHand", insufficient.onHand())
                .with("reserved", insufficient.reserved())
                .with("delta", insufficient.delta());
    }

    static Problem reservationClosed(ReservationResult.Closed closed) {
        var reservation = closed.reservation();
        return Problem.of("reservation-closed", "Reservation closed", 409,
                        "the reservation of " + reservation.orderId() + " is " + reservation.status()
                                + "; it holds nothing and cannot be held or committed again")
                .with("orderId", reservation.orderId().value())
                .with("reservationStatus", reservation.status().name());
    }

    static Problem reservationIncomplete(ReservationResult.Incomplete incomplete) {
        return Problem.of("reservation-incomplete", "Reservation incomplete", 409,
                        "the holds of " + incomplete.reservation().orderId()
                                + " are not all placed yet; repeat the reservation first")
                .with("orderId", incomplete.reservation().orderId().value());
    }

    static Problem stockContended(ReservationResult.Contended contended) {
        return Problem.of("stock-contended", "Stock contended", 503,
                        "too many buyers of " + contended.sku() + " at once; repeat the same request shortly")
                .with("orderId", contended.orderId().value())
                .with("sku", contended.sku().value());
    }
}
