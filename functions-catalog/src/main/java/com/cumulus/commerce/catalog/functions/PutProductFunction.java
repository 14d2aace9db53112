package com.cumulus.commerce.catalog.functions;

import com.cumulus.commerce.catalog.application.Preconditions;
import com.cumulus.commerce.catalog.application.ProductPatch;
import com.cumulus.commerce.catalog.application.SaveProduct;
import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.annotation.AuthorizationLevel;
import com.microsoft.azure.functions.annotation.BindingName;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@code PUT /api/products/{sku}}: create a product, or replace it whole under {@code If-Match}. */
public final class PutProductFunction {

    private final SaveProduct saveProduct;

    public PutProductFunction(SaveProduct saveProduct) {
        this.saveProduct = Objects.requireNonNull(saveProduct, "'saveProduct' must not be null");
    }

    @FunctionName("PutProduct")
    public HttpResponseMessage run(
            @HttpTrigger(name = "request", methods = HttpMethod.PUT, route = "products/{sku}",
                    authLevel = AuthorizationLevel.FUNCTION) HttpRequestMessage<Optional<String>> request,
            @BindingName("sku") String sku,
            ExecutionContext context) {
        return HttpResults.guarded(request, context, () -> {
            var refused = HttpResults.badSku(sku)
                    .or(() -> HttpResults.unsupportedMediaType(request, List.of(HttpResults.JSON)));
            if (refused.isPresent()) {
                return HttpResults.problem(request, refused.get());
            }
            var body = JsonBodies.read(request.getBody(), ProductBody.class);
            if (body instanceof Parsed.Failed<ProductBody> failed) {
                return HttpResults.problem(request, failed.problem());
            }
            var product = ((Parsed.Ok<ProductBody>) body).value().toProduct();
            if (product instanceof ProductPatch.Outcome.Rejected rejected) {
                return HttpResults.problem(request, HttpResults.invalid(rejected.violations()));
            }
            var preconditions = new Preconditions(HttpResults.header(request, "If-Match").orElse(null),
                    HttpResults.header(request, "If-None-Match").orElse(null));
            var result = saveProduct.save(sku, ((ProductPatch.Outcome.Applied) product).product(), preconditions);
            return ProductWriteResponses.of(request, result);
        });
    }
}
