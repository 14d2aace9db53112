package com.cumulus.commerce.catalog.application;

import com.cumulus.commerce.platform.kernel.Sku;
import com.cumulus.commerce.catalog.model.ProductListing;
import java.util.List;
import java.util.Objects;

/**
 * Keeps the listing view in step with product changes. The change feed delivers at least once and a
 * category change moves the entry to another partition, so each step is safe to repeat: an entry built
 * from a newer version is never overwritten, and entries left in the old category are removed.
 */
public final class RefreshListings {

    private final ProductListings listings;

    public RefreshListings(ProductListings listings) {
        this.listings = Objects.requireNonNull(listings, "'listings' must not be null");
    }

    public void apply(List<ProductChanged> changes) {
        changes.forEach(this::apply);
    }

    private void apply(ProductChanged change) {
        var product = change.product();
        var existing = listings.findBySku(Sku.of(product.sku()));
        if (existing.stream().anyMatch(entry -> entry.sourceVersion() > change.version())) {
            return;
        }
        boolean alreadyListed = existing.stream().anyMatch(entry -> entry.sourceVersion() == change.version()
                && entry.category().equals(product.category()));
        if (!alreadyListed) {
            listings.upsert(ProductListing.of(product, change.version()));
        }
        existing.stream()
                .filter(entry -> !entry.category().equals(product.category()))
                .forEach(entry -> listings.delete(entry.category(), entry.sku()));
    }
}
