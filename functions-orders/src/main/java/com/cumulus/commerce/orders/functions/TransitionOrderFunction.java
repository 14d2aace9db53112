package com.cumulus.commerce.orders.functions;

import com.cumulus.commerce.orders.application.TransitionOrder;
import com.cumulus.commerce.orders.model.OrderStatus;
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

/** {@code POST /api/orders/{orderId}/transitions}: the saga moves the order to its next state (service token). */
public final class TransitionOrderFunction {

    private final TransitionOrder transitionOrder;

    public TransitionOrderFunction(TransitionOrder transitionOrder) {
        this.transitionOrder = Objects.requireNonNull(transitionOrder, "'transitionOrder' must not be null");
    }

    @Access(AccessPolicy.SERVICE)
    @FunctionName("TransitionOrder")
    public HttpResponseMessage run(
            @HttpTrigger(name = "request", methods = HttpMethod.POST, route = "orders/{orderId}/transitions",
                    authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<Optional<String>> request,
            @BindingName("orderId") String orderId,
            ExecutionContext context) {
        return OrderRequests.withBody(request, context, orderId, Bodies.TransitionBody.class,
                OrderRequests::checkTransition,
                body -> transitionOrder.transition(orderId, OrderStatus.valueOf(body.to()), body.reason(),
                        HttpResults.header(request, "traceparent").orElse(null)).map(OrderResults::of));
    }
}
