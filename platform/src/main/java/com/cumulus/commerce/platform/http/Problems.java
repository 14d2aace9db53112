package com.cumulus.commerce.platform.http;

import com.cumulus.commerce.platform.kernel.Violation;
import java.util.List;
import java.util.Map;

/** The problem types every app shares; apps add their own with {@link Problem#of}. */
public final class Problems {

    private Problems() {
    }

    public static Problem malformedJson(String detail) {
        return Problem.of("malformed-json", "Malformed JSON", 400, detail);
    }

    public static Problem invalidRequest(String detail) {
        return Problem.of("invalid-request", "Invalid request", 400, detail);
    }

    /** 400 naming each broken rule in {@code violations} ({@code field}, {@code message}) and in the detail. */
    public static Problem invalid(List<Violation> violations) {
        var detail = String.join("; ", violations.stream().map(Violation::toString).toList());
        var list = violations.stream().map(v -> Map.of("field", v.field(), "message", v.message())).toList();
        return invalidRequest(detail).with("violations", list);
    }

    public static Problem invalid(String field, String message) {
        return invalid(List.of(new Violation(field, message)));
    }

    /**
     * A query parameter whose percent-escapes decode to bytes that are not UTF-8 (see {@link QueryString}), named
     * in the detail and in {@code violations} as the body's fields are.
     */
    public static Problem queryParameterNotText(String name) {
        var shown = name.length() > 64 ? name.substring(0, 64) + "..." : name;
        return invalidRequest("query parameter '" + shown + "' is not UTF-8 text (a percent-escape in it decodes to "
                + "bytes that are not UTF-8)")
                .with("violations", List.of(Map.of("field", shown, "message", "is not UTF-8 text")));
    }

    public static Problem invalidContinuationToken() {
        return Problem.of("invalid-continuation-token", "Invalid continuation token", 400,
                "the continuation token was not issued for this query; start again without it");
    }

    public static Problem unauthorized(String detail) {
        return Problem.of("unauthorized", "Unauthorized", 401, detail);
    }

    /** Authenticated, but the token lacks the role or scope the route needs. */
    public static Problem forbidden(String detail) {
        return Problem.of("forbidden", "Forbidden", 403, detail);
    }

    /** The route needs a sign-in with multi-factor authentication (RFC 9470 step-up). */
    public static Problem mfaRequired() {
        return Problem.of("mfa-required", "Multi-factor authentication required", 401,
                "sign in again with multi-factor authentication to continue");
    }

    public static Problem notFound(String detail) {
        return Problem.of("not-found", "Not found", 404, detail);
    }

    public static Problem methodNotAllowed(String method, String path) {
        return Problem.of("method-not-allowed", "Method not allowed", 405, method + " is not allowed on " + path);
    }

    public static Problem conflict(String detail) {
        return Problem.of("conflict", "Conflict", 409, detail);
    }

    public static Problem preconditionFailed(String detail) {
        return Problem.of("precondition-failed", "Precondition failed", 412, detail);
    }

    public static Problem payloadTooLarge(long limitBytes) {
        return Problem.of("payload-too-large", "Payload too large", 413,
                "the request body exceeds the limit of " + limitBytes + " bytes");
    }

    public static Problem unsupportedMediaType(String detail) {
        return Problem.of("unsupported-media-type", "Unsupported media type", 415, detail);
    }

    public static Problem preconditionRequired(String detail) {
        return Problem.of("precondition-required", "Precondition required", 428, detail);
    }

    public static Problem internal(String invocationId) {
        return Problem.of("internal-error", "Internal error", 500,
                "the request failed; quote invocation " + invocationId + " when reporting it");
    }
}
