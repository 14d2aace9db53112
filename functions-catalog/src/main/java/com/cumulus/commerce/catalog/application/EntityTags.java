package com.cumulus.commerce.catalog.application;

import java.util.Arrays;

/**
 * HTTP entity tags over stored version tags. Stores differ in whether their tags carry the quotes HTTP
 * needs (Cosmos DB's do), so tags are compared with quotes and weakness markers stripped.
 */
public final class EntityTags {

    private EntityTags() {
    }

    /** The tag as an HTTP {@code ETag} header value: quoted exactly once. */
    public static String quoted(String etag) {
        return '"' + bare(etag) + '"';
    }

    /** True when a conditional header value ({@code *} or a comma-separated list of tags) names {@code etag}. */
    public static boolean matches(String headerValue, String etag) {
        if (headerValue == null || headerValue.isBlank()) {
            return false;
        }
        var wanted = bare(etag);
        return Arrays.stream(headerValue.split(","))
                .map(String::trim)
                .anyMatch(candidate -> candidate.equals("*") || bare(candidate).equals(wanted));
    }

    private static String bare(String tag) {
        var value = tag.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        return value;
    }
}
