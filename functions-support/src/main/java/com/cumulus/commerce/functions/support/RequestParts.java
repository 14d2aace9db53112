package com.cumulus.commerce.functions.support;

import com.cumulus.commerce.platform.http.Problem;
import com.cumulus.commerce.platform.http.Problems;
import com.cumulus.commerce.platform.kernel.Checked;
import com.cumulus.commerce.platform.kernel.Violation;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.azure.functions.HttpRequestMessage;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The request parts every route reads the same way: a path id, a strict JSON body behind its media type check,
 * the query parameters. Each refuses with the problem every app answers for it.
 */
public final class RequestParts {

    private RequestParts() {
    }

    /** An id from the path; a refusal is a 400 {@code invalid-request} naming the field and its rule. */
    public static <T> RequestPart<T> path(Checked<T, Violation> id) {
        return request -> id instanceof Checked.Valid<T, Violation> valid ? Checked.valid(valid.value())
                : Checked.refused(Problems.invalid(List.of(((Checked.Refused<T, Violation>) id).reason())));
    }

    /**
     * The body as a {@code type}: 415 for a Content-Type not in {@code mediaTypes} (a missing one is taken as
     * JSON), 400 {@code malformed-json} for what is not a JSON object, 400 {@code invalid-request} naming a field
     * that does not fit.
     */
    public static <T> RequestPart<T> body(List<String> mediaTypes, Class<T> type) {
        return request -> unsupportedMediaType(request, mediaTypes).<Checked<T, Problem>>map(Checked::refused)
                .orElseGet(() -> StrictJsonBodies.read(request.getBody(), type));
    }

    /** A JSON body as a {@code type}, then checked into the value the use case takes. */
    public static <T, U> RequestPart<U> body(Class<T> type, Function<T, Checked<U, Problem>> check) {
        RequestPart<T> read = body(List.of(Answer.JSON), type);
        return request -> read.read(request).then(check);
    }

    /** The body as a JSON object tree, for routes that work on the tree itself (a merge patch). */
    public static RequestPart<JsonNode> tree(List<String> mediaTypes) {
        return request -> unsupportedMediaType(request, mediaTypes).<Checked<JsonNode, Problem>>map(Checked::refused)
                .orElseGet(() -> StrictJsonBodies.readObject(request.getBody()));
    }

    /** Values read off the headers by name (ignoring case; a blank header counts as absent). */
    public static <T> RequestPart<T> headers(Function<Function<String, Optional<String>>, T> reader) {
        return request -> Checked.valid(reader.apply(name -> RequestHeaders.find(request, name)));
    }

    /** The query parameters, read by {@code reader}. */
    public static <T> RequestPart<T> query(Function<Map<String, String>, Checked<T, Problem>> reader) {
        return request -> reader.apply(request.getQueryParameters());
    }

    /** Accepts a missing Content-Type; otherwise it must be one of {@code accepted} (parameters ignored). */
    private static Optional<Problem> unsupportedMediaType(HttpRequestMessage<?> request, List<String> accepted) {
        var contentType = RequestHeaders.find(request, "Content-Type");
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
