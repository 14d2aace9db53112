package com.cumulus.commerce.catalog.functions;

import com.cumulus.commerce.platform.kernel.Sku;
import com.cumulus.commerce.functions.support.HttpRoute;
import com.cumulus.commerce.catalog.application.SaveProduct;
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

/** {@code PUT /api/products/{sku}}: create a product, or replace it whole under {@code If-Match}. */
public final class PutProductFunction {

    private final SaveProduct saveProduct;

    public PutProductFunction(SaveProduct saveProduct) {
        this.saveProduct = Objects.requireNonNull(saveProduct, "'saveProduct' must not be null");
    }

    @Access(AccessPolicy.CATALOG_MANAGER)
    @FunctionName("PutProduct")
    public HttpResponseMessage run(
            @HttpTrigger(name = "request", methods = HttpMethod.PUT, route = "products/{sku}",
                    authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<Optional<String>> request,
            @BindingName("sku") String sku,
            ExecutionContext context) {
        return HttpRoute.of(request, context)
                .path(Sku.parse(sku))
                .body(ProductBody.class, ProductBody::product)
                .read(ConditionalHeaders.PRECONDITIONS)
                .answer((id, product, preconditions) -> ProductAnswers.of(saveProduct.save(id, product,
                        preconditions)));
    }
}
