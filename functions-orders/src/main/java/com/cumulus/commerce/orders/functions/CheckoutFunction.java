package com.cumulus.commerce.orders.functions;

import com.cumulus.commerce.orders.application.PlaceOrder;
import com.cumulus.commerce.functions.support.CurrentCaller;
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

    private final CheckoutRequests requests;

    public CheckoutFunction(PlaceOrder placeOrder, IdempotentRoute idempotentRoute, String defaultCurrency) {
        this.requests = new CheckoutRequests(Objects.requireNonNull(placeOrder, "'placeOrder' must not be null"),
                Objects.requireNonNull(idempotentRoute, "'idempotentRoute' must not be null"),
                Objects.requireNonNull(defaultCurrency, "'defaultCurrency' must not be null"));
    }

    @Access(value = AccessPolicy.CUSTOMER, mfa = true)
    @FunctionName("Checkout")
    public HttpResponseMessage run(
            @HttpTrigger(name = "request", methods = HttpMethod.POST, route = "checkout",
                    authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<Optional<String>> request,
            ExecutionContext context) {
        return HttpResults.guarded(request, context, () -> requests.handle(request, CurrentCaller.get().subject()));
    }
}
