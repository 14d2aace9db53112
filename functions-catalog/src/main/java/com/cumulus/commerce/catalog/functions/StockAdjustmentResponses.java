package com.cumulus.commerce.catalog.functions;

import com.cumulus.commerce.catalog.application.StockAdjustmentResult;
import com.cumulus.commerce.platform.http.Problem;
import com.cumulus.commerce.platform.http.Problems;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;

/** Maps the outcome of a stock adjustment to its HTTP answer. */
final class StockAdjustmentResponses {

    private StockAdjustmentResponses() {
    }

    static HttpResponseMessage of(HttpRequestMessage<?> request, StockAdjustmentResult result) {
        if (result instanceof StockAdjustmentResult.Adjusted adjusted) {
            return HttpResults.versioned(request, 200, StockResource.of(adjusted.level()), adjusted.level().etag());
        }
        if (result instanceof StockAdjustmentResult.Insufficient insufficient) {
            return HttpResults.problem(request, Problem.of("insufficient-stock", "Insufficient stock", 409,
                            insufficient.onHand() + " of " + insufficient.sku() + " on hand, " + insufficient.reserved()
                                    + " of them reserved; cannot remove " + Math.negateExact(insufficient.delta()))
                    .with("sku", insufficient.sku())
                    .with("onHand", insufficient.onHand())
                    .with("reserved", insufficient.reserved())
                    .with("delta", insufficient.delta()));
        }
        if (result instanceof StockAdjustmentResult.PreconditionRequired required) {
            return HttpResults.problem(request, Problems.preconditionRequired(required.detail()));
        }
        var failed = (StockAdjustmentResult.PreconditionFailed) result;
        return HttpResults.problem(request, Problems.preconditionFailed(failed.detail()));
    }
}
