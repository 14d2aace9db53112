package com.cumulus.commerce.catalog.application;

import com.cumulus.commerce.catalog.model.ProductListing;
import com.cumulus.commerce.platform.documents.InvalidContinuationTokenException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The listing view in a map keyed by (category, sku), counting writes so tests can see idempotence. Search
 * supports the category filter, sku order and offset tokens: enough for the HTTP tests, not a query engine.
 */
public final class InMemoryProductListings implements ProductListings {

    private final Map<String, ProductListing> entries = new ConcurrentHashMap<>();
    private int writes;

    @Override
    public List<ProductListing> findBySku(String sku) {
        return entries.values().stream().filter(entry -> entry.sku().equals(sku)).toList();
    }

    @Override
    public synchronized void upsert(ProductListing listing) {
        writes++;
        entries.put(listing.category() + "/" + listing.sku(), listing);
    }

    @Override
    public synchronized void delete(String category, String sku) {
        writes++;
        entries.remove(category + "/" + sku);
    }

    @Override
    public ListingPage search(ListingSearch search) {
        int offset = 0;
        if (search.continuationToken() != null) {
            if (!search.continuationToken().startsWith("offset:")) {
                throw new InvalidContinuationTokenException("not issued here");
            }
            offset = Integer.parseInt(search.continuationToken().substring("offset:".length()));
        }
        var matching = new ArrayList<>(entries.values().stream()
                .filter(entry -> search.category() == null || entry.category().equals(search.category()))
                .sorted(Comparator.comparing(ProductListing::sku))
                .toList());
        var end = Math.min(matching.size(), offset + search.limit());
        var token = end < matching.size() ? "offset:" + end : null;
        return new ListingPage(matching.subList(offset, end), token);
    }

    public List<ProductListing> all() {
        return List.copyOf(entries.values());
    }

    public int writes() {
        return writes;
    }
}
