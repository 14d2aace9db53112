package com.cumulus.commerce.catalog.functions;

import com.cumulus.commerce.platform.kernel.OrderId;
import com.cumulus.commerce.functions.support.HttpRoute;
import com.cumulus.commerce.catalog.application.ViewReservation;
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

/** {@code GET /api/reservations/{orderId}}: an order's reservation as stored, for diagnostics. */
public final class GetReservationFunction {

    private final ViewReservation viewReservation;

    public GetReservationFunction(ViewReservation viewReservation) {
        this.viewReservation = Objects.requireNonNull(viewReservation, "'viewReservation' must not be null");
    }

    @Access(AccessPolicy.SERVICE)
    @FunctionName("GetReservation")
    public HttpResponseMessage run(
            @HttpTrigger(name = "request", methods = HttpMethod.GET, route = "reservations/{orderId}",
                    authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<Optional<String>> request,
            @BindingName("orderId") String orderId,
            ExecutionContext context) {
        return HttpRoute.of(request, context)
                .path(OrderId.parse(orderId))
                .answer(id -> ReservationAnswers.of(viewReservation.view(id)));
    }
}
