package com.cumulus.commerce.functions.support;

import com.cumulus.commerce.platform.http.Json;
import com.cumulus.commerce.platform.http.Problem;
import com.cumulus.commerce.platform.http.Problems;
import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatusType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;

/**
 * The JSON and problem+json answers every function app gives, built through the request's own response builder
 * as the host expects. The apps' own {@code HttpResults} add their domain's problems on top.
 */
public final class JsonResponses {

    public static final String JSON = "application/json";

    private JsonResponses() {
    }

    /** Runs a handler; a failure that escapes it is a bug or an outage, logged once and answered as a 500. */
    public static HttpResponseMessage guarded(HttpRequestMessage<?> request, ExecutionContext context,
                                              Supplier<HttpResponseMessage> handler) {
        try {
            return handler.get();
        } catch (RuntimeException e) {
            context.getLogger().log(Level.SEVERE, context.getFunctionName() + " failed", e);
            return problem(request, Problems.internal(context.getInvocationId()));
        }
    }

    public static HttpResponseMessage.Builder jsonBuilder(HttpRequestMessage<?> request, int status, Object body) {
        return request.createResponseBuilder(HttpStatusType.custom(status))
                .header("Content-Type", JSON)
                .body(Json.write(body));
    }

    public static HttpResponseMessage json(HttpRequestMessage<?> request, int status, Object body) {
        return jsonBuilder(request, status, body).build();
    }

    /** The problem as problem+json; its instance defaults to the request's path. */
    public static HttpResponseMessage problem(HttpRequestMessage<?> request, Problem problem) {
        var withInstance = problem.instance() == null ? problem.withInstance(request.getUri().getPath()) : problem;
        return request.createResponseBuilder(HttpStatusType.custom(problem.status()))
                .header("Content-Type", Problem.MEDIA_TYPE)
                .body(withInstance.toJson())
                .build();
    }

    /** A header by name, ignoring case (hosts differ in how they case header names); blank counts as absent. */
    public static Optional<String> header(HttpRequestMessage<?> request, String name) {
        return Optional.ofNullable(RequestHeaders.get(request, name)).filter(value -> !value.isBlank());
    }

    /** Accepts a missing Content-Type; otherwise it must be one of {@code accepted} (parameters ignored). */
    public static Optional<Problem> unsupportedMediaType(HttpRequestMessage<?> request, List<String> accepted) {
        var contentType = header(request, "Content-Type");
        if (contentType.isEmpty()) {
            return Optional.empty();
        }
        var mediaType = contentType.get().split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (accepted.contains(mediaType)) {
            return Optional.empty();
        }
        return Optional.of(Problems.unsupportedMediaType(
                "Content-Type must be " + String.join(" or ", accepted) + ", not " + mediaType));
    }
}
