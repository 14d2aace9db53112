package com.cumulus.commerce.orders.functions;

import com.cumulus.commerce.platform.kernel.OrderId;
import com.cumulus.commerce.functions.support.HttpRoute;
import com.cumulus.commerce.orders.application.TransitionOrder;
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
        return HttpRoute.of(request, context)
                .path(OrderId.parse(orderId))
                .body(TransitionBody.class, TransitionBody::checked)
                .read(OrderHeaders.TRACEPARENT)
                .answer((id, body, traceparent) -> transitionOrder.transition(id, body.status(), body.reason(),
                                traceparent.orElse(null))
                        .map(OrderAnswers::of)
                        .orElseGet(() -> OrderAnswers.notFound(id)));
    }
}
