package com.cumulus.commerce.orders.functions;

import com.cumulus.commerce.functions.support.RequestHeaders;
import com.cumulus.commerce.orders.model.Violation;
import com.cumulus.commerce.platform.http.Json;
import com.cumulus.commerce.platform.http.Problem;
import com.cumulus.commerce.platform.http.Problems;
import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatusType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;

/** The HTTP vocabulary the orders functions share: headers in, JSON and problem+json out. */
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

    /** A header by name, ignoring case; blank counts as absent. */
    static Optional<String> header(HttpRequestMessage<?> request, String name) {
        return Optional.ofNullable(RequestHeaders.get(request, name)).filter(value -> !value.isBlank());
    }

    static Optional<String> query(HttpRequestMessage<?> request, String name) {
        return Optional.ofNullable(request.getQueryParameters().get(name));
    }

    static HttpResponseMessage.Builder jsonBuilder(HttpRequestMessage<?> request, int status, Object body) {
        return request.createResponseBuilder(HttpStatusType.custom(status))
                .header("Content-Type", JSON)
                .body(Json.write(body));
    }

    static HttpResponseMessage json(HttpRequestMessage<?> request, int status, Object body) {
        return jsonBuilder(request, status, body).build();
    }

    static HttpResponseMessage problem(HttpRequestMessage<?> request, Problem problem) {
        var withInstance = problem.instance() == null ? problem.withInstance(request.getUri().getPath()) : problem;
        return request.createResponseBuilder(HttpStatusType.custom(problem.status()))
                .header("Content-Type", Problem.MEDIA_TYPE)
                .body(withInstance.toJson())
                .build();
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
        var contentType = header(request, "Content-Type");
        if (contentType.isEmpty()) {
            return Optional.empty();
        }
        var mediaType = contentType.get().split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (mediaType.equals(JSON)) {
            return Optional.empty();
        }
        return Optional.of(Problems.unsupportedMediaType("Content-Type must be " + JSON + ", not " + mediaType));
    }
}
