package com.cumulus.commerce.catalog.adapters;

import com.cumulus.commerce.catalog.model.ProductListing;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Map;

/** A listing entry as stored in the {@code product-listings} container, partitioned by category. */
@JsonIgnoreProperties(ignoreUnknown = true)
record ListingDocument(String id, String sku, String title, String description, String category,
                       Map<String, MoneyDocument> prices, String searchText, long sourceVersion) {

    static ListingDocument of(ProductListing listing) {
        return new ListingDocument(listing.sku(), listing.sku(), listing.title(), listing.description(),
                listing.category(), MoneyDocument.of(listing.prices()), listing.searchText(), listing.sourceVersion());
    }

    ProductListing toListing() {
        return new ProductListing(sku, title, description, category, MoneyDocument.toMoney(prices), searchText,
                sourceVersion);
    }
}
