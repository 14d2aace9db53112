package com.cumulus.commerce.platform.http;

/**
 * HTTP entity tags over the version tags stores hand out. Stores differ in whether their tags already carry the
 * quotes HTTP needs (Table Storage's do, document ETags do not), so tags are compared without their quotes and
 * quoted exactly once.
 */
public final class EntityTags {

    private EntityTags() {
    }

    /** The tag as an HTTP {@code ETag} header value: quoted exactly once. */
    public static String quoted(String etag) {
        return '"' + bare(etag) + '"';
    }

    /**
     * Weak comparison (RFC 9110 8.8.3.2): true when a conditional header value ({@code *} or a comma-separated list
     * of tags, {@code W/} ones included) names {@code etag}.
     */
    public static boolean matches(String headerValue, String etag) {
        return names(headerValue, etag, true);
    }

    /** Strong comparison, as {@code If-Match} asks: a weak {@code W/} tag never matches. */
    public static boolean matchesStrongly(String headerValue, String etag) {
        return names(headerValue, etag, false);
    }

    private static boolean names(String headerValue, String etag, boolean weakAllowed) {
        if (headerValue == null || headerValue.isBlank() || etag == null) {
            return false;
        }
        var wanted = bare(etag);
        for (var candidate : headerValue.split(",")) {
            var tag = candidate.trim();
            if (tag.equals("*")) {
                return true;
            }
            if ((weakAllowed || !tag.startsWith("W/")) && bare(tag).equals(wanted)) {
                return true;
            }
        }
        return false;
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
