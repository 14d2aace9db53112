package com.cumulus.commerce.catalog.application;

import com.cumulus.commerce.catalog.model.ProductListing;
import com.cumulus.commerce.platform.kernel.Sku;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The listing view in a map keyed by (category, sku), counting writes so tests can see idempotence. Search
 * supports the category filter, sku order and offset tokens: enough for the HTTP tests, not a query engine.
 */
public final class InMemoryProductListings implements ProductListings {

    private final Map<String, ProductListing> entries = new ConcurrentHashMap<>();
    private int writes;

    @Override
    public List<ProductListing> findBySku(Sku sku) {
        return entries.values().stream().filter(entry -> entry.sku().equals(sku)).toList();
    }

    @Override
    public synchronized void upsert(ProductListing listing) {
        writes++;
        entries.put(listing.category() + "/" + listing.sku(), listing);
    }

    @Override
    public synchronized void delete(String category, Sku sku) {
        writes++;
        entries.remove(category + "/" + sku);
    }

    @Override
    public Optional<ListingPage> search(ListingSearch search) {
        int offset = 0;
        if (search.continuationToken() != null) {
            if (!search.continuationToken().startsWith("offset:")) {
                return Optional.empty();
            }
            offset = Integer.parseInt(search.continuationToken().substring("offset:".length()));
        }
        var matching = new ArrayList<>(entries.values().stream()
                .filter(entry -> search.category() == null || entry.category().equals(search.category()))
                .sorted(Comparator.comparing(ProductListing::sku))
                .toList());
        var end = Math.min(matching.size(), offset + search.limit());
        var token = end < matching.size() ? "offset:" + end : null;
        return Optional.of(new ListingPage(matching.subList(offset, end), token));
    }

    public List<ProductListing> all() {
        return List.copyOf(entries.values());
    }

    public int writes() {
        return writes;
    }
}
