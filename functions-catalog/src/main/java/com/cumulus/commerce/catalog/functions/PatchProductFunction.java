package com.cumulus.commerce.catalog.functions;

import com.cumulus.commerce.functions.support.RequestParts;
import com.cumulus.commerce.platform.kernel.Sku;
import com.cumulus.commerce.functions.support.Answer;
import com.cumulus.commerce.functions.support.HttpRoute;
import com.cumulus.commerce.catalog.application.PatchProduct;
import com.cumulus.commerce.catalog.application.ProductPatch;
import com.cumulus.commerce.platform.http.Json;
import com.cumulus.commerce.platform.identity.Access;
import com.cumulus.commerce.platform.identity.AccessPolicy;
import com.fasterxml.jackson.databind.JsonNode;
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

/** {@code PATCH /api/products/{sku}}: a JSON merge patch (RFC 7396) under {@code If-Match}. */
public final class PatchProductFunction {

    static final String MERGE_PATCH = "application/merge-patch+json";

    private final PatchProduct patchProduct;

    public PatchProductFunction(PatchProduct patchProduct) {
        this.patchProduct = Objects.requireNonNull(patchProduct, "'patchProduct' must not be null");
    }

    @Access(AccessPolicy.CATALOG_MANAGER)
    @FunctionName("PatchProduct")
    public HttpResponseMessage run(
            @HttpTrigger(name = "request", methods = HttpMethod.PATCH, route = "products/{sku}",
                    authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<Optional<String>> request,
            @BindingName("sku") String sku,
            ExecutionContext context) {
        return HttpRoute.of(request, context)
                .path(Sku.parse(sku))
                .read(RequestParts.tree(List.of(MERGE_PATCH, Answer.JSON)))
                .read(ConditionalHeaders.PRECONDITIONS)
                .answer((id, patch, preconditions) -> ProductAnswers.of(patchProduct.patch(id, mergeInto(patch),
                        preconditions)));
    }

    private static ProductPatch mergeInto(JsonNode patch) {
        return current -> {
            var merged = MergePatch.apply(Json.mapper().valueToTree(ProductBody.of(current)), patch);
            return ProductBody.outcome(merged);
        };
    }
}
