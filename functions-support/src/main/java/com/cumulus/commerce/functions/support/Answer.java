package com.cumulus.commerce.functions.support;

import com.cumulus.commerce.platform.http.EntityTags;
import com.cumulus.commerce.platform.http.Json;
import com.cumulus.commerce.platform.http.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatusType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a route answers, worked out before it is written: a JSON body or a problem, a status and headers. A use
 * case's result maps to an answer without the request at hand; {@link HttpRoute} writes it through the request's
 * own response builder, as the host expects. A problem's {@code instance} defaults to the request's path.
 */
public final class Answer {

    public static final String JSON = "application/json";

    private final int status;
    private final String mediaType;
    private final Object body;
    private final Problem problem;
    private final Map<String, String> headers;
    private final String revalidatedEtag;

    private Answer(int status, String mediaType, Object body, Problem problem, Map<String, String> headers,
                   String revalidatedEtag) {
        this.status = status;
        this.mediaType = mediaType;
        this.body = body;
        this.problem = problem;
        this.headers = headers;
        this.revalidatedEtag = revalidatedEtag;
    }

    /** {@code body} as JSON with {@code status}. */
    public static Answer json(int status, Object body) {
        Objects.requireNonNull(body, "'body' must not be null");
        return new Answer(status, JSON, body, null, Map.of(), null);
    }

    public static Answer ok(Object body) {
        return json(200, body);
    }

    public static Answer problem(Problem problem) {
        Objects.requireNonNull(problem, "'problem' must not be null");
        return new Answer(problem.status(), Problem.MEDIA_TYPE, null, problem, Map.of(), null);
    }

    /**
     * A body already written out (an answer kept for replay): {@code mediaType} is JSON below 400, problem+json
     * from 400 on.
     */
    public static Answer written(int status, String text) {
        Objects.requireNonNull(text, "'text' must not be null");
        return new Answer(status, status >= 400 ? Problem.MEDIA_TYPE : JSON, new Written(text), null, Map.of(),
                null);
    }

    public Answer header(String name, String value) {
        Objects.requireNonNull(name, "'name' must not be null");
        Objects.requireNonNull(value, "'value' must not be null");
        var next = new LinkedHashMap<>(headers);
        next.put(name, value);
        return new Answer(status, mediaType, body, problem, Map.copyOf(next), revalidatedEtag);
    }

    /** The answer versioned by {@code etag}, sent quoted in {@code ETag}. */
    public Answer etag(String etag) {
        return header("ETag", EntityTags.quoted(etag));
    }

    /**
     * A cacheable versioned answer: {@code Cache-Control} and {@code ETag}, and 304 without a body when the
     * request's {@code If-None-Match} already names {@code etag}, so a client revalidating its copy does not
     * download it again.
     */
    public Answer cacheable(String etag, String cacheControl) {
        var tagged = etag(etag).header("Cache-Control", cacheControl);
        return new Answer(tagged.status, mediaType, body, problem, tagged.headers, etag);
    }

    public int status() {
        return status;
    }

    /** The problem this answer carries, or null for a success. */
    public Problem problem() {
        return problem;
    }

    /** Written through the request's response builder. */
    public HttpResponseMessage write(HttpRequestMessage<?> request) {
        if (revalidatedEtag != null) {
            var ifNoneMatch = RequestHeaders.find(request, "If-None-Match");
            if (ifNoneMatch.isPresent() && EntityTags.matches(ifNoneMatch.get(), revalidatedEtag)) {
                var builder = request.createResponseBuilder(HttpStatusType.custom(304));
                headers.forEach(builder::header);
                return builder.build();
            }
        }
        var builder = request.createResponseBuilder(HttpStatusType.custom(status)).header("Content-Type", mediaType);
        headers.forEach(builder::header);
        return builder.body(text(request)).build();
    }

    private String text(HttpRequestMessage<?> request) {
        if (problem != null) {
            return (problem.instance() == null ? problem.withInstance(request.getUri().getPath()) : problem).toJson();
        }
        if (body instanceof Written written) {
            return Problem.MEDIA_TYPE.equals(mediaType) ? withInstance(written.text(), request.getUri().getPath())
                    : written.text();
        }
        return Json.write(body);
    }

    /** A stored problem gets the request's path as its instance, as a problem built here does. */
    private static String withInstance(String problemJson, String path) {
        try {
            if (Json.mapper().readTree(problemJson) instanceof ObjectNode node && !node.hasNonNull("instance")) {
                node.put("instance", path);
                return node.toString();
            }
        } catch (JsonProcessingException e) {
            // not JSON after all: answer it as it was stored
        }
        return problemJson;
    }

    private record Written(String text) {
    }
}
