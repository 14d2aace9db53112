package com.cumulus.commerce.catalog.functions;

import com.cumulus.commerce.platform.http.Problems;
import com.cumulus.commerce.platform.kernel.Sku;
import com.cumulus.commerce.functions.support.Answer;
import com.cumulus.commerce.functions.support.HttpRoute;
import com.cumulus.commerce.catalog.application.ViewProduct;
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

/** {@code GET /api/products/{sku}}: one product, cacheable for a minute and revalidated by ETag. */
public final class GetProductFunction {

    static final String CACHE_CONTROL = "public, max-age=60";

    private final ViewProduct viewProduct;

    public GetProductFunction(ViewProduct viewProduct) {
        this.viewProduct = Objects.requireNonNull(viewProduct, "'viewProduct' must not be null");
    }

    @Access(AccessPolicy.ANONYMOUS)
    @FunctionName("GetProduct")
    public HttpResponseMessage run(
            @HttpTrigger(name = "request", methods = HttpMethod.GET, route = "products/{sku}",
                    authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<Optional<String>> request,
            @BindingName("sku") String sku,
            ExecutionContext context) {
        return HttpRoute.of(request, context)
                .path(Sku.parse(sku))
                .answer(id -> viewProduct.view(id)
                        .map(product -> Answer.ok(ProductResource.of(product)).cacheable(product.etag(), CACHE_CONTROL))
                        .orElseGet(() -> Answer.problem(Problems.notFound("product " + id + " does not exist"))));
    }
}
