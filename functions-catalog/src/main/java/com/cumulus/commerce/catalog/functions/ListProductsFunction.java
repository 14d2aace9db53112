package com.cumulus.commerce.catalog.functions;

import com.cumulus.commerce.functions.support.RequestParts;
import com.cumulus.commerce.functions.support.Answer;
import com.cumulus.commerce.functions.support.HttpRoute;
import com.cumulus.commerce.catalog.application.BrowseProducts;
import com.cumulus.commerce.platform.http.Problems;
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

/** {@code GET /api/products}: filter, sort and page the product list. */
public final class ListProductsFunction {

    private final BrowseProducts browseProducts;
    private final String defaultCurrency;

    public ListProductsFunction(BrowseProducts browseProducts, String defaultCurrency) {
        this.browseProducts = Objects.requireNonNull(browseProducts, "'browseProducts' must not be null");
        this.defaultCurrency = Objects.requireNonNull(defaultCurrency, "'defaultCurrency' must not be null");
    }

    @Access(AccessPolicy.ANONYMOUS)
    @FunctionName("ListProducts")
    public HttpResponseMessage run(
            @HttpTrigger(name = "request", methods = HttpMethod.GET, route = "products",
                    authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<Optional<String>> request,
            ExecutionContext context) {
        return HttpRoute.of(request, context)
                .read(RequestParts.query(parameters -> ListingParameters.parse(parameters, defaultCurrency)))
                .answer(search -> browseProducts.browse(search)
                        .map(page -> Answer.ok(ListingResponse.of(page)))
                        .orElseGet(() -> Answer.problem(Problems.invalidContinuationToken())));
    }
}
