package com.cumulus.commerce.catalog.application;

import java.util.Objects;

/** Reads a page of the product list from the listing view. */
public final class BrowseProducts {

    private final ProductListings listings;

    public BrowseProducts(ProductListings listings) {
        this.listings = Objects.requireNonNull(listings, "'listings' must not be null");
    }

    /**
     * @throws com.cumulus.commerce.platform.documents.InvalidContinuationTokenException when the token was not
     *         issued for this search
     */
    public ListingPage browse(ListingSearch search) {
        return listings.search(Objects.requireNonNull(search, "'search' must not be null"));
    }
}
