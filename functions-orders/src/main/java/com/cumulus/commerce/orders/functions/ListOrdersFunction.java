package com.cumulus.commerce.orders.functions;

import com.cumulus.commerce.platform.http.Problems;
import com.cumulus.commerce.functions.support.Answer;
import com.cumulus.commerce.functions.support.RequestParts;
import com.cumulus.commerce.functions.support.HttpRoute;
import com.cumulus.commerce.functions.support.CurrentCaller;
import com.cumulus.commerce.orders.application.ListOrders;
import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.annotation.AuthorizationLevel;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import com.cumulus.commerce.platform.identity.Access;
import com.cumulus.commerce.platform.identity.AccessPolicy;
import java.util.Objects;
import java.util.Optional;

/** {@code GET /api/orders}: the caller's own orders, newest first. */
public final class ListOrdersFunction {

    private final ListOrders listOrders;

    public ListOrdersFunction(ListOrders listOrders) {
        this.listOrders = Objects.requireNonNull(listOrders, "'listOrders' must not be null");
    }

    @Access(AccessPolicy.CUSTOMER)
    @FunctionName("ListOrders")
    public HttpResponseMessage run(
            @HttpTrigger(name = "request", methods = HttpMethod.GET, route = "orders",
                    authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<Optional<String>> request,
            ExecutionContext context) {
        return HttpRoute.of(request, context)
                .read(RequestParts.query(OrderPageRequest::parse))
                .answer(page -> listOrders.list(CurrentCaller.get().subject(), page.limit(),
                                page.continuationToken().orElse(null))
                        .map(orders -> OrderAnswers.privately(Answer.ok(OrderListResource.of(orders))))
                        .orElseGet(() -> Answer.problem(Problems.invalidContinuationToken())));
    }
}
