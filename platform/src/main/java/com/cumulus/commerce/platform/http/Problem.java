package com.cumulus.commerce.platform.http;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;
import java.util.Objects;

/**
 * An RFC 9457 problem detail ({@code application/problem+json}). {@code type} is stable per kind of error
 * and documented; {@code detail} speaks to the caller and never carries secrets or stack traces.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance"})
public record Problem(String type, String title, int status, String detail, String instance, Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String BASE = "https://problems.cumulus-commerce.dev/";

    public Problem {
        Objects.requireNonNull(type, "'type' must not be null");
        Objects.requireNonNull(title, "'title' must not be null");
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    /** A problem whose type is {@code <base>/<slug>}. */
    public static Problem of(String slug, String title, int status, String detail) {
        return new Problem(BASE + slug, title, status, detail, null, Map.of());
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, extensions);
    }

    public Problem with(String key, Object value) {
        var map = new java.util.LinkedHashMap<>(extensions);
        map.put(key, value);
        return new Problem(type, title, status, detail, instance, map);
    }

    @JsonAnyGetter
    Map<String, Object> anyExtensions() {
        return extensions;
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public Map<String, Object> extensions() {
        return extensions;
    }

    public String toJson() {
        return Json.write(this);
    }
}
