package com.cumulus.commerce.catalog.functions;

import com.cumulus.commerce.platform.kernel.OrderId;
import com.cumulus.commerce.functions.support.HttpRoute;
import com.cumulus.commerce.catalog.application.ReleaseReservation;
import com.cumulus.commerce.platform.identity.Access;
import com.cumulus.commerce.platform.identity.AccessPolicy;
import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.annotation.AuthorizationLevel;
import com.microsoft.azure.functions.annotation.BindingName;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code POST /api/reservations/{orderId}/release}: the order's holds go; committed units come back on hand.
 * Releasing an order without a reservation answers {@code NONE}.
 */
public final class ReleaseReservationFunction {

    private final ReleaseReservation releaseReservation;

    public ReleaseReservationFunction(ReleaseReservation releaseReservation) {
        this.releaseReservation = Objects.requireNonNull(releaseReservation, "'releaseReservation' must not be null");
    }

    @Access(AccessPolicy.SERVICE)
    @FunctionName("ReleaseReservation")
    public HttpResponseMessage run(
            @HttpTrigger(name = "request", methods = HttpMethod.POST, route = "reservations/{orderId}/release",
                    authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<Optional<String>> request,
            @BindingName("orderId") String orderId,
            ExecutionContext context) {
        return HttpRoute.of(request, context)
                .path(OrderId.parse(orderId))
                .answer(id -> ReservationAnswers.ofRelease(releaseReservation.release(id)));
    }
}
