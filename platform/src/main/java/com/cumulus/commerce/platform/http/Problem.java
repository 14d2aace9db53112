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
    private static final java.util.Set<String> STANDARD_MEMBERS =
            java.util.Set.of("type", "title", "status", "detail", "instance");

    public Problem {
        Objects.requireNonNull(type, "'type' must not be null");
        Objects.requireNonNull(title, "'title' must not be null");
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
        for (String key : extensions.keySet()) {
            if (STANDARD_MEMBERS.contains(key)) {
                throw new IllegalArgumentException("'" + key + "' is an RFC 9457 member, not an extension");
            }
        }
    }

    /** A problem whose type is {@code <base>/<slug>}. */
    public static Problem of(String slug, String title, int status, String detail) {
        return new Problem(BASE + slug, title, status, detail, null, Map.of());
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, extensions);
    }

    /**
     * The problem with one more extension member. RFC 9457's own members ({@code type}, {@code title},
     * {@code status}, {@code detail}, {@code instance}) cannot be extensions: the JSON would carry the name twice
     * and a client's parser would keep whichever came last.
     */
    public Problem with(String key, Object value) {
        Objects.requireNonNull(key, "'key' must not be null");
        if (STANDARD_MEMBERS.contains(key)) {
            throw new IllegalArgumentException("'" + key + "' is an RFC 9457 member, not an extension");
        }
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
