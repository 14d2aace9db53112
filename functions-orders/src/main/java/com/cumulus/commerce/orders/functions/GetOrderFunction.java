package com.cumulus.commerce.orders.functions;

import com.cumulus.commerce.platform.kernel.OrderId;
import com.cumulus.commerce.functions.support.HttpRoute;
import com.cumulus.commerce.functions.support.CurrentCaller;
import com.cumulus.commerce.orders.application.ViewOrder;
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

/** {@code GET /api/orders/{orderId}}: one of the caller's orders; anyone else's answers 404. */
public final class GetOrderFunction {

    private final ViewOrder viewOrder;

    public GetOrderFunction(ViewOrder viewOrder) {
        this.viewOrder = Objects.requireNonNull(viewOrder, "'viewOrder' must not be null");
    }

    @Access(AccessPolicy.CUSTOMER)
    @FunctionName("GetOrder")
    public HttpResponseMessage run(
            @HttpTrigger(name = "request", methods = HttpMethod.GET, route = "orders/{orderId}",
                    authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<Optional<String>> request,
            @BindingName("orderId") String orderId,
            ExecutionContext context) {
        return HttpRoute.of(request, context)
                .path(OrderId.parse(orderId))
                .answer(id -> viewOrder.view(CurrentCaller.get().subject(), id)
                        .map(OrderAnswers::found)
                        .orElseGet(() -> OrderAnswers.notFound(id)));
    }
}
