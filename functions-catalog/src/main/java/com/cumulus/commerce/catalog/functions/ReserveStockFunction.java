package com.cumulus.commerce.catalog.functions;

import com.cumulus.commerce.platform.kernel.OrderId;
import com.cumulus.commerce.functions.support.HttpRoute;
import com.cumulus.commerce.catalog.application.ReserveStock;
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

/** {@code PUT /api/reservations/{orderId}}: the saga holds an order's stock; a repeat answers the same. */
public final class ReserveStockFunction {

    private final ReserveStock reserveStock;

    public ReserveStockFunction(ReserveStock reserveStock) {
        this.reserveStock = Objects.requireNonNull(reserveStock, "'reserveStock' must not be null");
    }

    @Access(AccessPolicy.SERVICE)
    @FunctionName("ReserveStock")
    public HttpResponseMessage run(
            @HttpTrigger(name = "request", methods = HttpMethod.PUT, route = "reservations/{orderId}",
                    authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<Optional<String>> request,
            @BindingName("orderId") String orderId,
            ExecutionContext context) {
        return HttpRoute.of(request, context)
                .path(OrderId.parse(orderId))
                .body(ReservationBody.class, ReservationBody::accepted)
                .answer((id, lines) -> ReservationAnswers.of(reserveStock.reserve(id, lines)));
    }
}
