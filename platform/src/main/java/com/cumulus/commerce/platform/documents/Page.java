package com.cumulus.commerce.platform.documents;

import java.util.List;
import java.util.Optional;

/** One page of results; no continuation token on the last page. */
public record Page<T>(List<T> items, String continuationToken) {

    public Page {
        items = List.copyOf(items);
    }

    public Optional<String> next() {
        return Optional.ofNullable(continuationToken);
    }
}
