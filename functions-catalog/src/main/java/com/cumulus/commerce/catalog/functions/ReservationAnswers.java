package com.cumulus.commerce.catalog.functions;

import com.cumulus.commerce.catalog.application.ReservationResult;
import com.cumulus.commerce.functions.support.Answer;
import com.cumulus.commerce.platform.http.Problems;
import java.util.Map;

/** Each reservation result as the answer docs/checkout.md promises. */
final class ReservationAnswers {

    private ReservationAnswers() {
    }

    static Answer of(ReservationResult result) {
        if (result instanceof ReservationResult.Current current) {
            return Answer.ok(ReservationResource.of(current.reservation()));
        }
        if (result instanceof ReservationResult.NoReservation none) {
            return Answer.problem(Problems.notFound("a reservation for " + none.orderId() + " does not exist"));
        }
        if (result instanceof ReservationResult.Insufficient insufficient) {
            return Answer.problem(CatalogProblems.insufficientStock(insufficient));
        }
        if (result instanceof ReservationResult.Closed closed) {
            return Answer.problem(CatalogProblems.reservationClosed(closed));
        }
        if (result instanceof ReservationResult.Incomplete incomplete) {
            return Answer.problem(CatalogProblems.reservationIncomplete(incomplete));
        }
        return Answer.problem(CatalogProblems.stockContended((ReservationResult.Contended) result))
                .header("Retry-After", "1");
    }

    /** A release answers {@code RELEASED} for anything no longer holding units, and {@code NONE} for nothing. */
    static Answer ofRelease(ReservationResult result) {
        if (result instanceof ReservationResult.Current current && current.reservation().status().isClosed()) {
            return Answer.ok(ReservationResource.as(current.reservation(), "RELEASED"));
        }
        if (result instanceof ReservationResult.NoReservation none) {
            return Answer.ok(Map.of("orderId", none.orderId().value(), "status", "NONE"));
        }
        return of(result);
    }
}
