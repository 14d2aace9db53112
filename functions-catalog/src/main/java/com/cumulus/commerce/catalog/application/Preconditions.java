package com.cumulus.commerce.catalog.application;

/** The conditional headers of a write ({@code If-Match}, {@code If-None-Match}); null when absent. */
public record Preconditions(String ifMatch, String ifNoneMatch) {

    public Preconditions {
        ifMatch = blankToNull(ifMatch);
        ifNoneMatch = blankToNull(ifNoneMatch);
    }

    public static Preconditions none() {
        return new Preconditions(null, null);
    }

    public static Preconditions ifMatch(String etag) {
        return new Preconditions(etag, null);
    }

    public boolean hasIfMatch() {
        return ifMatch != null;
    }

    boolean requiresAbsence() {
        return "*".equals(ifNoneMatch);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
