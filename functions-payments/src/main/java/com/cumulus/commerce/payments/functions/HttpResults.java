package com.cumulus.commerce.payments.functions;

import com.cumulus.commerce.functions.support.JsonResponses;
import com.cumulus.commerce.functions.support.RequestHeaders;
import com.cumulus.commerce.payments.model.PaymentId;
import com.cumulus.commerce.platform.http.Problem;
import com.cumulus.commerce.platform.http.Problems;
import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import java.util.Optional;
import java.util.function.Supplier;

/** The HTTP vocabulary the payments functions share: headers in, JSON and problem+json out. */
final class HttpResults {

    static final String JSON = JsonResponses.JSON;

    private HttpResults() {
    }

    /** Runs a handler; a failure that escapes it is a bug or an outage, logged once and answered as a 500. */
    static HttpResponseMessage guarded(HttpRequestMessage<?> request, ExecutionContext context,
                                       Supplier<HttpResponseMessage> handler) {
        return JsonResponses.guarded(request, context, handler);
    }

    static Optional<String> header(HttpRequestMessage<?> request, String name) {
        return Optional.ofNullable(RequestHeaders.get(request, name));
    }

    static HttpResponseMessage json(HttpRequestMessage<?> request, int status, Object body) {
        return JsonResponses.json(request, status, body);
    }

    static HttpResponseMessage problem(HttpRequestMessage<?> request, Problem problem) {
        return JsonResponses.problem(request, problem);
    }

    /** A 400 when the path's payment id is not one, so a bad id never reaches the store. */
    static Optional<Problem> badPaymentId(String paymentId) {
        return PaymentId.isValid(paymentId) ? Optional.empty()
                : Optional.of(Problems.invalidRequest("'paymentId' must be pay_ and 26 lowercase base-32 characters"));
    }

}
