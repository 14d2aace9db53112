package com.cumulus.commerce.catalog.application;

import com.cumulus.commerce.platform.kernel.Sku;
import com.cumulus.commerce.catalog.model.StockLevel;
import java.util.Objects;

/**
 * Fills an empty shop with the demo catalog through the ordinary write paths (so the change feed builds the
 * listing view as it would for any product). Products that exist already are left alone, so a seed cut
 * short by a crash completes on the next start; the marker is written last.
 */
public final class SeedDemoCatalog {

    private final DemoCatalog catalog;
    private final Products products;
    private final StockLevels stockLevels;
    private final SeedMarker marker;

    public SeedDemoCatalog(DemoCatalog catalog, Products products, StockLevels stockLevels, SeedMarker marker) {
        this.catalog = Objects.requireNonNull(catalog, "'catalog' must not be null");
        this.products = Objects.requireNonNull(products, "'products' must not be null");
        this.stockLevels = Objects.requireNonNull(stockLevels, "'stockLevels' must not be null");
        this.marker = Objects.requireNonNull(marker, "'marker' must not be null");
    }

    /** @return how many products this call created; 0 when the shop was seeded before */
    public int seedIfNeeded() {
        if (marker.isSeeded()) {
            return 0;
        }
        int created = 0;
        var items = catalog.items();
        for (var item : items) {
            var product = item.product();
            var sku = Sku.of(product.sku());
            if (products.find(sku).isEmpty() && products.create(product).isPresent()) {
                created++;
            }
            if (stockLevels.find(sku).isEmpty()) {
                stockLevels.create(new StockLevel(sku, item.onHand()));
            }
        }
        marker.markSeeded(items.size());
        return created;
    }
}
