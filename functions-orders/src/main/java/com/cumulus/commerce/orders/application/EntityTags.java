package com.cumulus.commerce.orders.application;

/** ETags as HTTP carries them: quoted, compared strongly (a weak {@code W/} tag never matches an If-Match). */
public final class EntityTags {

    private EntityTags() {
    }

    public static String quoted(String etag) {
        return "\"" + etag + "\"";
    }

    /** Whether an {@code If-Match} value names {@code etag} ({@code *} names any stored version). */
    public static boolean matches(String header, String etag) {
        if (header == null || etag == null) {
            return false;
        }
        for (var candidate : header.split(",")) {
            var tag = candidate.strip();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                continue;
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tag = tag.substring(1, tag.length() - 1);
            }
            if (tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
