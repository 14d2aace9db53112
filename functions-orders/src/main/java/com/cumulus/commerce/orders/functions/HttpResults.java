package com.cumulus.commerce.orders.functions;

import com.cumulus.commerce.platform.kernel.Violation;
import com.cumulus.commerce.functions.support.JsonResponses;
import com.cumulus.commerce.platform.http.Problem;
import com.cumulus.commerce.platform.http.Problems;
import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The HTTP vocabulary the orders functions share: headers in, JSON and problem+json out. */
final class HttpResults {

    static final String JSON = JsonResponses.JSON;

    private HttpResults() {
    }

    /** Runs a handler; a failure that escapes it is a bug or an outage, logged once and answered as a 500. */
    static HttpResponseMessage guarded(HttpRequestMessage<?> request, ExecutionContext context,
                                       Supplier<HttpResponseMessage> handler) {
        return JsonResponses.guarded(request, context, handler);
    }

    /** A header by name, ignoring case; blank counts as absent. */
    static Optional<String> header(HttpRequestMessage<?> request, String name) {
        return JsonResponses.header(request, name);
    }

    static Optional<String> query(HttpRequestMessage<?> request, String name) {
        return Optional.ofNullable(request.getQueryParameters().get(name));
    }

    static HttpResponseMessage.Builder jsonBuilder(HttpRequestMessage<?> request, int status, Object body) {
        return JsonResponses.jsonBuilder(request, status, body);
    }

    static HttpResponseMessage json(HttpRequestMessage<?> request, int status, Object body) {
        return JsonResponses.json(request, status, body);
    }

    static HttpResponseMessage problem(HttpRequestMessage<?> request, Problem problem) {
        return JsonResponses.problem(request, problem);
    }

    static Problem invalid(List<Violation> violations) {
        var detail = String.join("; ", violations.stream().map(Violation::toString).toList());
        var list = violations.stream().map(v -> Map.of("field", v.field(), "message", v.message())).toList();
        return Problems.invalidRequest(detail).with("violations", list);
    }

    static Problem invalid(String field, String message) {
        return invalid(List.of(new Violation(field, message)));
    }

    static Problem notFound(String what) {
        return Problems.notFound(what + " does not exist");
    }

    /** Accepts a missing Content-Type; otherwise it must be JSON (parameters ignored). */
    static Optional<Problem> unsupportedMediaType(HttpRequestMessage<?> request) {
        return JsonResponses.unsupportedMediaType(request, List.of(JSON));
    }
}
