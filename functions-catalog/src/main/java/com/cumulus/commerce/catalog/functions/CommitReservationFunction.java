package com.cumulus.commerce.catalog.functions;

import com.cumulus.commerce.platform.kernel.OrderId;
import com.cumulus.commerce.functions.support.HttpRoute;
import com.cumulus.commerce.catalog.application.CommitReservation;
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

/** {@code POST /api/reservations/{orderId}/commit}: the held units leave stock for good. */
public final class CommitReservationFunction {

    private final CommitReservation commitReservation;

    public CommitReservationFunction(CommitReservation commitReservation) {
        this.commitReservation = Objects.requireNonNull(commitReservation, "'commitReservation' must not be null");
    }

    @Access(AccessPolicy.SERVICE)
    @FunctionName("CommitReservation")
    public HttpResponseMessage run(
            @HttpTrigger(name = "request", methods = HttpMethod.POST, route = "reservations/{orderId}/commit",
                    authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<Optional<String>> request,
            @BindingName("orderId") String orderId,
            ExecutionContext context) {
        return HttpRoute.of(request, context)
                .path(OrderId.parse(orderId))
                .answer(id -> ReservationAnswers.of(commitReservation.commit(id)));
    }
}
