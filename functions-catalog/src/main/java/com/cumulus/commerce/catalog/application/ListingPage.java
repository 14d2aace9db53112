package com.cumulus.commerce.catalog.application;

import com.cumulus.commerce.catalog.model.ProductListing;
import java.util.List;
import java.util.Optional;

/** One page of listing entries; no continuation token on the last page. */
public record ListingPage(List<ProductListing> items, String continuationToken) {

    public ListingPage {
        items = List.copyOf(items);
    }

    public Optional<String> next() {
        return Optional.ofNullable(continuationToken);
    }
}
