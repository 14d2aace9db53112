package com.cumulus.commerce.orders.functions;

import com.cumulus.commerce.platform.kernel.OrderId;
import com.cumulus.commerce.functions.support.HttpRoute;
import com.cumulus.commerce.orders.application.StartSaga;
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

/** {@code POST /api/orders/{orderId}/saga}: the checkout workflow claims the order (service token). */
public final class StartSagaFunction {

    private final StartSaga startSaga;

    public StartSagaFunction(StartSaga startSaga) {
        this.startSaga = Objects.requireNonNull(startSaga, "'startSaga' must not be null");
    }

    @Access(AccessPolicy.SERVICE)
    @FunctionName("StartOrderSaga")
    public HttpResponseMessage run(
            @HttpTrigger(name = "request", methods = HttpMethod.POST, route = "orders/{orderId}/saga",
                    authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<Optional<String>> request,
            @BindingName("orderId") String orderId,
            ExecutionContext context) {
        return HttpRoute.of(request, context)
                .path(OrderId.parse(orderId))
                .body(SagaBody.class, SagaBody::checked)
                .answer((id, body) -> startSaga.start(id, body.runId())
                        .map(OrderAnswers::of)
                        .orElseGet(() -> OrderAnswers.notFound(id)));
    }
}
