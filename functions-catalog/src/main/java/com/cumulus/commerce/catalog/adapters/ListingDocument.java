package com.cumulus.commerce.catalog.adapters;

import com.cumulus.commerce.platform.kernel.Sku;
import com.cumulus.commerce.catalog.model.ProductListing;
import com.cumulus.commerce.platform.money.Money;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Map;

/** A listing entry as stored in the {@code product-listings} container, partitioned by category. */
@JsonIgnoreProperties(ignoreUnknown = true)
record ListingDocument(String id, String sku, String title, String description, String category,
                       Map<String, Money> prices, String searchText, long sourceVersion) {

    static ListingDocument of(ProductListing listing) {
        return new ListingDocument(listing.sku().value(), listing.sku().value(), listing.title(), listing.description(),
                listing.category(), listing.prices(), listing.searchText(), listing.sourceVersion());
    }

    ProductListing toListing() {
        // an entry stored without prices reads as one sold in no currency, as it always has
        return new ProductListing(Sku.of(sku), title, description, category, prices == null ? Map.of() : prices,
                searchText, sourceVersion);
    }
}
