package com.cumulus.commerce.catalog.functions;

import com.cumulus.commerce.platform.kernel.Sku;
import com.cumulus.commerce.functions.support.HttpRoute;
import com.cumulus.commerce.catalog.application.AdjustStock;
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

/** {@code POST /api/stock/{sku}/adjustments}: add or remove units under {@code If-Match}. */
public final class AdjustStockFunction {

    private final AdjustStock adjustStock;

    public AdjustStockFunction(AdjustStock adjustStock) {
        this.adjustStock = Objects.requireNonNull(adjustStock, "'adjustStock' must not be null");
    }

    @Access(AccessPolicy.CATALOG_MANAGER)
    @FunctionName("AdjustStock")
    public HttpResponseMessage run(
            @HttpTrigger(name = "request", methods = HttpMethod.POST, route = "stock/{sku}/adjustments",
                    authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<Optional<String>> request,
            @BindingName("sku") String sku,
            ExecutionContext context) {
        return HttpRoute.of(request, context)
                .path(Sku.parse(sku))
                .body(AdjustmentBody.class, AdjustmentBody::adjustment)
                .read(ConditionalHeaders.PRECONDITIONS)
                .answer((id, adjustment, preconditions) -> StockAnswers.of(adjustStock.adjust(id, adjustment,
                        preconditions)));
    }
}
