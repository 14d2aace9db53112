package com.cumulus.commerce.catalog.functions;

import com.cumulus.commerce.catalog.application.EntityTags;
import com.cumulus.commerce.catalog.application.ViewProduct;
import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatusType;
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

    @FunctionName("GetProduct")
    public HttpResponseMessage run(
            @HttpTrigger(name = "request", methods = HttpMethod.GET, route = "products/{sku}",
                    authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<Optional<String>> request,
            @BindingName("sku") String sku,
            ExecutionContext context) {
        return HttpResults.guarded(request, context, () -> {
            var badSku = HttpResults.badSku(sku);
            if (badSku.isPresent()) {
                return HttpResults.problem(request, badSku.get());
            }
            var found = viewProduct.view(sku);
            if (found.isEmpty()) {
                return HttpResults.problem(request, HttpResults.notFound("product " + sku));
            }
            var product = found.get();
            var etag = EntityTags.quoted(product.etag());
            var ifNoneMatch = HttpResults.header(request, "If-None-Match");
            if (ifNoneMatch.isPresent() && EntityTags.matches(ifNoneMatch.get(), product.etag())) {
                return request.createResponseBuilder(HttpStatusType.custom(304))
                        .header("ETag", etag)
                        .header("Cache-Control", CACHE_CONTROL)
                        .build();
            }
            return HttpResults.jsonBuilder(request, 200, ProductResource.of(product))
                    .header("ETag", etag)
                    .header("Cache-Control", CACHE_CONTROL)
                    .build();
        });
    }
}
