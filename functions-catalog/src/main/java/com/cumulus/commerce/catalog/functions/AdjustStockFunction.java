package com.cumulus.commerce.catalog.functions;

import com.cumulus.commerce.catalog.application.AdjustStock;
import com.cumulus.commerce.catalog.application.Preconditions;
import com.cumulus.commerce.catalog.application.StockAdjustmentResult;
import com.cumulus.commerce.platform.http.Problem;
import com.cumulus.commerce.platform.http.Problems;
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

/** {@code POST /api/stock/{sku}/adjustments}: add or remove units under {@code If-Match}. */
public final class AdjustStockFunction {

    private final AdjustStock adjustStock;

    public AdjustStockFunction(AdjustStock adjustStock) {
        this.adjustStock = Objects.requireNonNull(adjustStock, "'adjustStock' must not be null");
    }

    @FunctionName("AdjustStock")
    public HttpResponseMessage run(
            @HttpTrigger(name = "request", methods = HttpMethod.POST, route = "stock/{sku}/adjustments",
                    authLevel = AuthorizationLevel.FUNCTION) HttpRequestMessage<Optional<String>> request,
            @BindingName("sku") String sku,
            ExecutionContext context) {
        return HttpResults.guarded(request, context, () -> {
            var refused = HttpResults.badSku(sku)
                    .or(() -> HttpResults.unsupportedMediaType(request, List.of(HttpResults.JSON)));
            if (refused.isPresent()) {
                return HttpResults.problem(request, refused.get());
            }
            var parsed = JsonBodies.read(request.getBody(), AdjustmentBody.class);
            if (parsed instanceof Parsed.Failed<AdjustmentBody> failed) {
                return HttpResults.problem(request, failed.problem());
            }
            var body = ((Parsed.Ok<AdjustmentBody>) parsed).value();
            if (!body.violations().isEmpty()) {
                return HttpResults.problem(request, HttpResults.invalid(body.violations()));
            }
            var preconditions = Preconditions.ifMatch(HttpResults.header(request, "If-Match").orElse(null));
            return respond(request, adjustStock.adjust(sku, body.toAdjustment(), preconditions));
        });
    }

    private static HttpResponseMessage respond(HttpRequestMessage<?> request, StockAdjustmentResult result) {
        if (result instanceof StockAdjustmentResult.Adjusted adjusted) {
            return HttpResults.versioned(request, 200, StockResource.of(adjusted.level()), adjusted.level().etag());
        }
        if (result instanceof StockAdjustmentResult.Insufficient insufficient) {
            return HttpResults.problem(request, Problem.of("insufficient-stock", "Insufficient stock", 409,
                            "only " + insufficient.onHand() + " of " + insufficient.sku() + " on hand; cannot remove "
                                    + Math.negateExact(insufficient.delta()))
                    .with("onHand", insufficient.onHand())
                    .with("delta", insufficient.delta()));
        }
        if (result instanceof StockAdjustmentResult.PreconditionRequired required) {
            return HttpResults.problem(request, Problems.preconditionRequired(required.detail()));
        }
        var failed = (StockAdjustmentResult.PreconditionFailed) result;
        return HttpResults.problem(request, Problems.preconditionFailed(failed.detail()));
    }
}
