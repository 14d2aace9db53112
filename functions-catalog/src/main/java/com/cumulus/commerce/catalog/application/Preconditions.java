package com.cumulus.commerce.catalog.application;

import com.cumulus.commerce.platform.http.EntityTags;
import java.util.Optional;
import java.util.function.Supplier;

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

    /**
     * The rule every replace shares, so the catalog's writes cannot drift apart on it: a write must name the
     * version it replaces ({@code missing} otherwise) and that must be the stored version ({@code stale}
     * otherwise). Empty when the write may go ahead; the use case words the refusal.
     */
    <R> Optional<R> refusalToReplace(String storedEtag, Supplier<R> missing, Supplier<R> stale) {
        if (!hasIfMatch()) {
            return Optional.of(missing.get());
        }
        if (!EntityTags.matches(ifMatch, storedEtag)) {
            return Optional.of(stale.get());
        }
        return Optional.empty();
    }

    boolean requiresAbsence() {
        return "*".equals(ifNoneMatch);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
