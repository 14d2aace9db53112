package com.cumulus.commerce.orders.functions;

import com.cumulus.commerce.orders.model.CartId;
import com.cumulus.commerce.functions.support.HttpRoute;
import com.cumulus.commerce.orders.application.SaveCart;
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

/**
 * {@code PUT /api/carts/{cartId}}: replaces the cart's lines; the first write creates it for the caller, later
 * ones need {@code If-Match}. A SKU listed twice is merged into one line with the summed quantity.
 */
public final class PutCartFunction {

    private final SaveCart saveCart;

    public PutCartFunction(SaveCart saveCart) {
        this.saveCart = Objects.requireNonNull(saveCart, "'saveCart' must not be null");
    }

    @Access(AccessPolicy.CUSTOMER_OR_ANONYMOUS)
    @FunctionName("PutCart")
    public HttpResponseMessage run(
            @HttpTrigger(name = "request", methods = HttpMethod.PUT, route = "carts/{cartId}",
                    authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<Optional<String>> request,
            @BindingName("cartId") String cartId,
            ExecutionContext context) {
        return HttpRoute.of(request, context)
                .path(CartId.parse(cartId))
                .body(CartBody.class, CartBody::requested)
                .read(OrderHeaders.IF_MATCH)
                .answer((id, lines, ifMatch) -> CartAnswers.of(saveCart.save(id, CurrentCaller.get().subject(),
                        lines, ifMatch.orElse(null))));
    }
}
