package com.cumulus.commerce.catalog.application;

import java.util.Optional;
import java.util.Objects;

/** Reads a page of the product list from the listing view. */
public final class BrowseProducts {

    private final ProductListings listings;

    public BrowseProducts(ProductListings listings) {
        this.listings = Objects.requireNonNull(listings, "'listings' must not be null");
    }

    /** The page; empty when the search's continuation token was not issued for this search. */
    public Optional<ListingPage> browse(ListingSearch search) {
        return listings.search(Objects.requireNonNull(search, "'search' must not be null"));
    }
}
