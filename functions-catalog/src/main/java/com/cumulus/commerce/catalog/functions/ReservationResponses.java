package com.cumulus.commerce.catalog.functions;

import com.cumulus.commerce.catalog.application.ReservationResult;
import com.cumulus.commerce.catalog.model.OrderId;
import com.cumulus.commerce.catalog.model.Violation;
import com.cumulus.commerce.platform.http.Problem;
import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatusType;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The reservation routes' shared steps: the order id checked first, each result mapped to its HTTP answer. */
final class ReservationResponses {

    private ReservationResponses() {
    }

    /** 400 for a malformed order id; otherwise {@code handler}'s answer (a failure in it is logged, a 500). */
    static HttpResponseMessage forOrder(HttpRequestMessage<?> request, ExecutionContext context, String orderId,
                                        Supplier<HttpResponseMessage> handler) {
        return HttpResults.guarded(request, context, () -> OrderId.isValid(orderId) ? handler.get()
                : HttpResults.problem(request, HttpResults.invalid(List.of(new Violation("orderId", OrderId.rule())))));
    }

    static HttpResponseMessage of(HttpRequestMessage<?> request, ReservationResult result) {
        if (result instanceof ReservationResult.Current current) {
            return HttpResults.json(request, 200, ReservationResource.of(current.reservation()));
        }
        if (result instanceof ReservationResult.NoReservation none) {
            return HttpResults.problem(request, HttpResults.notFound("a reservation for " + none.orderId()));
        }
        return refusal(request, result);
    }

    /** A release answers {@code RELEASED} for anything no longer holding units, and {@code NONE} for nothing. */
    static HttpResponseMessage ofRelease(HttpRequestMessage<?> request, ReservationResult result) {
        if (result instanceof ReservationResult.Current current && current.reservation().status().isClosed()) {
            return HttpResults.json(request, 200, ReservationResource.as(current.reservation(), "RELEASED"));
        }
        if (result instanceof ReservationResult.NoReservation none) {
            return HttpResults.json(request, 200, Map.of("orderId", none.orderId(), "status", "NONE"));
        }
        return of(request, result);
    }

    private static HttpResponseMessage refusal(HttpRequestMessage<?> request, ReservationResult result) {
        if (result instanceof ReservationResult.Insufficient insufficient) {
            return HttpResults.problem(request, Problem.of("insufficient-stock", "Insufficient stock", 409,
                            "only " + insufficient.available() + " of " + insufficient.sku() + " available; "
                                    + insufficient.orderId() + " needs " + insufficient.requested()
                                    + ", so nothing is held for it")
                    .with("orderId", insufficient.orderId())
                    .with("sku", insufficient.sku())
                    .with("requested", insufficient.requested())
                    .with("available", insufficient.available()));
        }
        if (result instanceof ReservationResult.Closed closed) {
            var reservation = closed.reservation();
            return HttpResults.problem(request, Problem.of("reservation-closed", "Reservation closed", 409,
                            "the reservation of " + reservation.orderId() + " is " + reservation.status()
                                    + "; it holds nothing and cannot be held or committed again")
                    .with("orderId", reservation.orderId())
                    .with("reservationStatus", reservation.status().name()));
        }
        if (result instanceof ReservationResult.Incomplete incomplete) {
            return HttpResults.problem(request, Problem.of("reservation-incomplete", "Reservation incomplete", 409,
                            "the holds of " + incomplete.reservation().orderId()
                                    + " are not all placed yet; repeat the reservation first")
                    .with("orderId", incomplete.reservation().orderId()));
        }
        var contended = (ReservationResult.Contended) result;
        var problem = Problem.of("stock-contended", "Stock contended", 503,
                        "too many buyers of " + contended.sku() + " at once; repeat the same request shortly")
                .with("orderId", contended.orderId())
                .with("sku", contended.sku())
                .withInstance(request.getUri().getPath());
        return request.createResponseBuilder(HttpStatusType.custom(503))
                .header("Content-Type", Problem.MEDIA_TYPE)
                .header("Retry-After", "1")
                .body(problem.toJson())
                .build();
    }
}
