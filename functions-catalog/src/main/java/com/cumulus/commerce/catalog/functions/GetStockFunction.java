package com.cumulus.commerce.catalog.functions;

import com.cumulus.commerce.platform.http.Problems;
import com.cumulus.commerce.platform.kernel.Sku;
import com.cumulus.commerce.functions.support.Answer;
import com.cumulus.commerce.functions.support.HttpRoute;
import com.cumulus.commerce.catalog.application.ViewStock;
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

/** {@code GET /api/stock/{sku}}: units on hand, with the ETag an adjustment must name. */
public final class GetStockFunction {

    private final ViewStock viewStock;

    public GetStockFunction(ViewStock viewStock) {
        this.viewStock = Objects.requireNonNull(viewStock, "'viewStock' must not be null");
    }

    @Access(AccessPolicy.ANONYMOUS)
    @FunctionName("GetStock")
    public HttpResponseMessage run(
            @HttpTrigger(name = "request", methods = HttpMethod.GET, route = "stock/{sku}",
                    authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<Optional<String>> request,
            @BindingName("sku") String sku,
            ExecutionContext context) {
        return HttpRoute.of(request, context)
                .path(Sku.parse(sku))
                .answer(id -> viewStock.view(id)
                        .map(level -> Answer.ok(StockResource.of(level)).etag(level.etag()))
                        .orElseGet(() -> Answer.problem(Problems.notFound("stock level of " + id + " does not exist"))));
    }
}
