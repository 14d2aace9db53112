package com.cumulus.commerce.orders.functions;

import com.cumulus.commerce.orders.model.CartId;
import com.cumulus.commerce.functions.support.HttpRoute;
import com.cumulus.commerce.orders.application.ViewCart;
import com.cumulus.commerce.functions.support.CurrentCaller;
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

/** {@code GET /api/carts/{cartId}}: the caller's cart, or an anonymous one by its id; anyone else's is a 404. */
public final class GetCartFunction {

    private final ViewCart viewCart;

    public GetCartFunction(ViewCart viewCart) {
        this.viewCart = Objects.requireNonNull(viewCart, "'viewCart' must not be null");
    }

    @Access(AccessPolicy.CUSTOMER_OR_ANONYMOUS)
    @FunctionName("GetCart")
    public HttpResponseMessage run(
            @HttpTrigger(name = "request", methods = HttpMethod.GET, route = "carts/{cartId}",
                    authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<Optional<String>> request,
            @BindingName("cartId") String cartId,
            ExecutionContext context) {
        return HttpRoute.of(request, context)
                .path(CartId.parse(cartId))
                .answer(id -> viewCart.view(id, CurrentCaller.get().subject())
                        .map(CartAnswers::found)
                        .orElseGet(() -> CartAnswers.notFound(id)));
    }
}
