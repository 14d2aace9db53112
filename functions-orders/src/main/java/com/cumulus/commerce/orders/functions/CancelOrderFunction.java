package com.cumulus.commerce.orders.functions;

import com.cumulus.commerce.platform.kernel.OrderId;
import com.cumulus.commerce.functions.support.HttpRoute;
import com.cumulus.commerce.functions.support.CurrentCaller;
import com.cumulus.commerce.orders.application.CancelOrder;
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

/** {@code POST /api/orders/{orderId}/cancel}: the owner (with MFA) cancels an order not yet confirmed. */
public final class CancelOrderFunction {

    private final CancelOrder cancelOrder;

    public CancelOrderFunction(CancelOrder cancelOrder) {
        this.cancelOrder = Objects.requireNonNull(cancelOrder, "'cancelOrder' must not be null");
    }

    @Access(value = AccessPolicy.CUSTOMER, mfa = true)
    @FunctionName("CancelOrder")
    public HttpResponseMessage run(
            @HttpTrigger(name = "request", methods = HttpMethod.POST, route = "orders/{orderId}/cancel",
                    authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<Optional<String>> request,
            @BindingName("orderId") String orderId,
            ExecutionContext context) {
        return HttpRoute.of(request, context)
                .path(OrderId.parse(orderId))
                .read(OrderHeaders.TRACEPARENT)
                .answer((id, traceparent) -> cancelOrder.cancel(CurrentCaller.get().subject(), id,
                                traceparent.orElse(null))
                        .map(OrderAnswers::of)
                        .orElseGet(() -> OrderAnswers.notFound(id)));
    }
}
