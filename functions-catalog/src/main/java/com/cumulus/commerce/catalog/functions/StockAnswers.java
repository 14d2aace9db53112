package com.cumulus.commerce.catalog.functions;

import com.cumulus.commerce.catalog.application.StockAdjustmentResult;
import com.cumulus.commerce.functions.support.Answer;
import com.cumulus.commerce.platform.http.Problems;

/** Each stock adjustment result as its answer. */
final class StockAnswers {

    private StockAnswers() {
    }

    static Answer of(StockAdjustmentResult result) {
        if (result instanceof StockAdjustmentResult.Adjusted adjusted) {
            return Answer.ok(StockResource.of(adjusted.level())).etag(adjusted.level().etag());
        }
        if (result instanceof StockAdjustmentResult.Insufficient insufficient) {
            return Answer.problem(CatalogProblems.insufficientStock(insufficient));
        }
        if (result instanceof StockAdjustmentResult.PreconditionRequired required) {
            return Answer.problem(Problems.preconditionRequired(required.detail()));
        }
        return Answer.problem(Problems.preconditionFailed(((StockAdjustmentResult.PreconditionFailed) result).detail()));
    }
}
