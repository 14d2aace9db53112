package com.cumulus.commerce.catalog.functions;

import com.cumulus.commerce.catalog.application.ListingPage;
import com.cumulus.commerce.catalog.model.ProductListing;
import com.cumulus.commerce.platform.money.Money;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A page of the product list; the token is left out on the last page. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ListingResponse(List<Item> items, String continuationToken) {

    static ListingResponse of(ListingPage page) {
        return new ListingResponse(page.items().stream().map(Item::of).toList(), page.continuationToken());
    }

    record Item(String sku, String title, String description, String category, Map<String, Money> prices) {

        static Item of(ProductListing listing) {
            // sorted by currency code so the answer is stable whatever order the store kept them in
            return new Item(listing.sku().value(), listing.title(), listing.description(), listing.category(),
                    new TreeMap<>(listing.prices()));
        }
    }
}
