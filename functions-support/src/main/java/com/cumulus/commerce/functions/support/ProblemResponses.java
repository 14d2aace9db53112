package com.cumulus.commerce.functions.support;

import com.cumulus.commerce.platform.http.Problem;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatusType;
import java.util.Map;

/** A problem+json answer built through the request's own response builder, as the host expects. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static HttpResponseMessage of(HttpRequestMessage<?> request, Problem problem, Map<String, String> headers) {
        var builder = request.createResponseBuilder(HttpStatusType.custom(problem.status()))
                .header("Content-Type", Problem.MEDIA_TYPE);
        headers.forEach(builder::header);
        return builder.body(problem.withInstance(request.getUri().getPath()).toJson()).build();
    }
}
