package com.cumulus.commerce.catalog.functions;

import com.cumulus.commerce.catalog.application.ListingPage;
import com.cumulus.commerce.catalog.model.ProductListing;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A page of the product list; the token is left out on the last page. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ListingResponse(List<Item> items, String continuationToken) {

    static ListingResponse of(ListingPage page) {
        return new ListingResponse(page.items().stream().map(Item::of).toList(), page.continuationToken());
    }

    record Item(String sku, String title, String description, String category, Map<String, MoneyBody> prices) {

        static Item of(ProductListing listing) {
            var prices = new LinkedHashMap<String, MoneyBody>();
            listing.prices().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(entry -> prices.put(entry.getKey(), MoneyBody.of(entry.getValue())));
            return new Item(listing.sku(), listing.title(), listing.description(), listing.category(), prices);
        }
    }
}
