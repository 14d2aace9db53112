package com.cumulus.commerce.catalog.functions;

import com.cumulus.commerce.catalog.model.Sku;
import com.cumulus.commerce.catalog.model.Violation;
import com.cumulus.commerce.functions.support.JsonResponses;
import com.cumulus.commerce.platform.http.EntityTags;
import com.cumulus.commerce.platform.http.Problem;
import com.cumulus.commerce.platform.http.Problems;
import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatusType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The HTTP vocabulary the catalog functions share: headers in, JSON and problem+json out. */
final class HttpResults {

    static final String JSON = JsonResponses.JSON;

    private HttpResults() {
    }

    /** Runs a handler; a failure that escapes it is a bug or an outage, logged once and answered as a 500. */
    static HttpResponseMessage guarded(HttpRequestMessage<?> request, ExecutionContext context,
                                       Supplier<HttpResponseMessage> handler) {
        return JsonResponses.guarded(request, context, handler);
    }

    /** A header by name, ignoring case (hosts differ in how they case header names). */
    static Optional<String> header(HttpRequestMessage<?> request, String name) {
        return JsonResponses.header(request, name);
    }

    static Optional<String> query(HttpRequestMessage<?> request, String name) {
        return Optional.ofNullable(request.getQueryParameters().get(name));
    }

    static HttpResponseMessage json(HttpRequestMessage<?> request, int status, Object body) {
        return JsonResponses.json(request, status, body);
    }

    static HttpResponseMessage.Builder jsonBuilder(HttpRequestMessage<?> request, int status, Object body) {
        return JsonResponses.jsonBuilder(request, status, body);
    }

    static HttpResponseMessage versioned(HttpRequestMessage<?> request, int status, Object body, String etag) {
        return jsonBuilder(request, status, body).header("ETag", EntityTags.quoted(etag)).build();
    }

    /**
     * A cacheable versioned answer; 304 without a body when {@code If-None-Match} already names {@code etag},
     * so a client revalidating its copy does not download it again.
     */
    static HttpResponseMessage cacheable(HttpRequestMessage<?> request, Object body, String etag, String cacheControl) {
        var ifNoneMatch = header(request, "If-None-Match");
        var builder = ifNoneMatch.isPresent() && EntityTags.matches(ifNoneMatch.get(), etag)
                ? request.createResponseBuilder(HttpStatusType.custom(304))
                : jsonBuilder(request, 200, body);
        return builder.header("ETag", EntityTags.quoted(etag)).header("Cache-Control", cacheControl).build();
    }

    static HttpResponseMessage problem(HttpRequestMessage<?> request, Problem problem) {
        return JsonResponses.problem(request, problem);
    }

    static Problem invalid(List<Violation> violations) {
        var detail = String.join("; ", violations.stream().map(Violation::toString).toList());
        var list = violations.stream().map(v -> Map.of("field", v.field(), "message", v.message())).toList();
        return Problems.invalidRequest(detail).with("violations", list);
    }

    static Optional<Problem> badSku(String sku) {
        if (Sku.isValid(sku)) {
            return Optional.empty();
        }
        return Optional.of(invalid(List.of(new Violation("sku", Sku.rule()))));
    }

    static Problem notFound(String what) {
        return Problems.notFound(what + " does not exist");
    }

    /** Accepts a missing Content-Type; otherwise it must be one of {@code accepted} (parameters ignored). */
    static Optional<Problem> unsupportedMediaType(HttpRequestMessage<?> request, List<String> accepted) {
        return JsonResponses.unsupportedMediaType(request, accepted);
    }
}
