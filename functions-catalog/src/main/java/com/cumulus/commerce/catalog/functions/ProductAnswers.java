package com.cumulus.commerce.catalog.functions;

import com.cumulus.commerce.catalog.application.ProductWriteResult;
import com.cumulus.commerce.functions.support.Answer;
import com.cumulus.commerce.platform.http.Problems;

/** Each product write result as its answer. */
final class ProductAnswers {

    private ProductAnswers() {
    }

    static Answer of(ProductWriteResult result) {
        if (result instanceof ProductWriteResult.Created created) {
            var resource = ProductResource.of(created.product());
            return Answer.json(201, resource).etag(created.product().etag())
                    .header("Location", "/api/products/" + resource.sku());
        }
        if (result instanceof ProductWriteResult.Replaced replaced) {
            return Answer.ok(ProductResource.of(replaced.product())).etag(replaced.product().etag());
        }
        if (result instanceof ProductWriteResult.Invalid invalid) {
            return Answer.problem(Problems.invalid(invalid.violations()));
        }
        if (result instanceof ProductWriteResult.NotFound notFound) {
            return Answer.problem(Problems.notFound("product " + notFound.sku() + " does not exist"));
        }
        if (result instanceof ProductWriteResult.PreconditionRequired required) {
            return Answer.problem(Problems.preconditionRequired(required.detail()));
        }
        return Answer.problem(Problems.preconditionFailed(((ProductWriteResult.PreconditionFailed) result).detail()));
    }
}
