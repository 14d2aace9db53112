package com.cumulus.commerce.payments.functions;

import com.cumulus.commerce.functions.support.RequestHeaders;
import com.cumulus.commerce.payments.model.PaymentIds;
import com.cumulus.commerce.payments.model.RefundIds;
import com.cumulus.commerce.platform.http.Json;
import com.cumulus.commerce.platform.http.Problem;
import com.cumulus.commerce.platform.http.Problems;
import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatusType;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;

/** The HTTP vocabulary the payments functions share: headers in, JSON and problem+json out. */
final class HttpResults {

    static final String JSON = "application/json";

    private HttpResults() {
    }

    /** Runs a handler; a failure that escapes it is a bug or an outage, logged once and answered as a 500. */
    static HttpResponseMessage guarded(HttpRequestMessage<?> request, ExecutionContext context,
            Supplier<HttpResponseMessage> handler) {
        try {
            return handler.get();
        } catch (RuntimeException e) {
            context.getLogger().log(Level.SEVERE, context.getFunctionName() + " failed", e);
            return problem(request, Problems.internal(context.getInvocationId()));
        }
    }

    static Optional<String> header(HttpRequestMessage<?> request, String name) {
        return Optional.ofNullable(RequestHeaders.get(request, name));
    }

    static HttpResponseMessage json(HttpRequestMessage<?> request, int status, Object body) {
        return request.createResponseBuilder(HttpStatusType.custom(status))
                .header("Content-Type", JSON)
                .body(Json.write(body))
                .build();
    }

    static HttpResponseMessage problem(HttpRequestMessage<?> request, Problem problem) {
        var withInstance = problem.instance() == null ? problem.withInstance(request.getUri().getPath()) : problem;
        return request.createResponseBuilder(HttpStatusType.custom(problem.status()))
                .header("Content-Type", Problem.MEDIA_TYPE)
                .body(withInstance.toJson())
                .build();
    }

    /** A 400 when the path's payment id is not one, so a bad id never reaches the store. */
    static Optional<Problem> badPaymentId(String paymentId) {
        return PaymentIds.isPaymentId(paymentId) ? Optional.empty()
                : Optional.of(Problems.invalidRequest("'paymentId' must be pay_ and 26 lowercase base-32 characters"));
    }

    static Optional<Problem> badRefundId(String refundId) {
        return RefundIds.isRefundId(refundId) ? Optional.empty()
                : Optional.of(Problems.invalidRequest("'refundId' must be ref_ and 26 lowercase base-32 characters"));
    }
}
