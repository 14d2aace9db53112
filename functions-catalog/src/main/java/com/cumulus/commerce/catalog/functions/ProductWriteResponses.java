package com.cumulus.commerce.catalog.functions;

import com.cumulus.commerce.catalog.application.ProductWriteResult;
import com.cumulus.commerce.platform.http.EntityTags;
import com.cumulus.commerce.platform.http.Problems;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;

/** Maps the outcome of a product write to its HTTP answer. */
final class ProductWriteResponses {

    private ProductWriteResponses() {
    }

    static HttpResponseMessage of(HttpRequestMessage<?> request, ProductWriteResult result) {
        if (result instanceof ProductWriteResult.Created created) {
            var resource = ProductResource.of(created.product());
            return HttpResults.jsonBuilder(request, 201, resource)
                    .header("ETag", EntityTags.quoted(created.product().etag()))
                    .header("Location", "/api/products/" + resource.sku())
                    .build();
        }
        if (result instanceof ProductWriteResult.Replaced replaced) {
            return HttpResults.versioned(request, 200, ProductResource.of(replaced.product()),
                    replaced.product().etag());
        }
        if (result instanceof ProductWriteResult.Invalid invalid) {
            return HttpResults.problem(request, HttpResults.invalid(invalid.violations()));
        }
        if (result instanceof ProductWriteResult.NotFound notFound) {
            return HttpResults.problem(request, HttpResults.notFound("product " + notFound.sku()));
        }
        if (result instanceof ProductWriteResult.PreconditionRequired required) {
            return HttpResults.problem(request, Problems.preconditionRequired(required.detail()));
        }
        var failed = (ProductWriteResult.PreconditionFailed) result;
        return HttpResults.problem(request, Problems.preconditionFailed(failed.detail()));
    }
}
