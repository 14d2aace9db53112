package com.cumulus.commerce.orders.functions;

import com.cumulus.commerce.orders.application.PlaceOrder;
import com.cumulus.commerce.functions.support.CurrentCaller;
import com.cumulus.commerce.functions.support.HttpRoute;
import com.cumulus.commerce.functions.support.IdempotentRoute;
import com.cumulus.commerce.platform.identity.Access;
import com.cumulus.commerce.platform.identity.AccessPolicy;
import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.annotation.AuthorizationLevel;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import java.util.Objects;
import java.util.Optional;

/** {@code POST /api/checkout}: the signed-in customer (with MFA) turns a cart into an order, once per key. */
public final class CheckoutFunction {

    private final PlaceOrder placeOrder;
    private final IdempotentRoute idempotentRoute;
    private final String defaultCurrency;

    public CheckoutFunction(PlaceOrder placeOrder, IdempotentRoute idempotentRoute, String defaultCurrency) {
        this.placeOrder = Objects.requireNonNull(placeOrder, "'placeOrder' must not be null");
        this.idempotentRoute = Objects.requireNonNull(idempotentRoute, "'idempotentRoute' must not be null");
        this.defaultCurrency = Objects.requireNonNull(defaultCurrency, "'defaultCurrency' must not be null");
    }

    @Access(value = AccessPolicy.CUSTOMER, mfa = true)
    @FunctionName("Checkout")
    public HttpResponseMessage run(
            @HttpTrigger(name = "request", methods = HttpMethod.POST, route = "checkout",
                    authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<Optional<String>> request,
            ExecutionContext context) {
        return HttpRoute.of(request, context)
                .read(IdempotentRoute::key)
                .body(CheckoutBody.class, body -> body.checked(defaultCurrency))
                .read(OrderHeaders.TRACEPARENT)
                .answer((key, body, traceparent) -> {
                    var customer = CurrentCaller.get().subject();
                    var command = body.command(customer, key, traceparent.orElse(null));
                    return idempotentRoute.run(request, customer, key, body,
                            () -> CheckoutAnswers.of(placeOrder.place(command)));
                });
    }
}
