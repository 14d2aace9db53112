package com.cumulus.commerce.orders.application;

/**
 * ETags as HTTP carries them: quoted, compared strongly (a weak {@code W/} tag never matches an If-Match). Stores
 * differ in what they hand out (documents an opaque value, Table Storage one already in quotes), so both sides
 * are compared without their quotes and quoted exactly once.
 */
public final class EntityTags {

    private EntityTags() {
    }

    public static String quoted(String etag) {
        return "\"" + unquoted(etag) + "\"";
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
            if (unquoted(tag).equals(unquoted(etag))) {
                return true;
            }
        }
        return false;
    }

    private static String unquoted(String tag) {
        return tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"") ? tag.substring(1, tag.length() - 1) : tag;
    }
}
