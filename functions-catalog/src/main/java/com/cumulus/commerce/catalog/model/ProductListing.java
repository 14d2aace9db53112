package com.cumulus.commerce.catalog.model;

import com.cumulus.commerce.platform.kernel.Sku;
import com.cumulus.commerce.platform.money.Money;
import java.util.Map;
import java.util.Objects;

/**
 * A product as the catalog list shows it: enough to filter, sort and draw a tile. {@code sourceVersion} is
 * the change-feed sequence number of the product version it was built from, so replays can be recognised.
 */
public record ProductListing(Sku sku, String title, String description, String category,
                             Map<String, Money> prices, String searchText, long sourceVersion) {

    public static final int SNIPPET_LENGTH = 160;

    public ProductListing {
        Objects.requireNonNull(sku, "'sku' must not be null");
        Objects.requireNonNull(title, "'title' must not be null");
        Objects.requireNonNull(description, "'description' must not be null");
        Objects.requireNonNull(category, "'category' must not be null");
        prices = Map.copyOf(Objects.requireNonNull(prices, "'prices' must not be null"));
        Objects.requireNonNull(searchText, "'searchText' must not be null");
    }

    public static ProductListing of(Product product, long sourceVersion) {
        return new ProductListing(Sku.of(product.sku()), product.title(), snippet(product.description()),
                product.category(), product.prices(), product.title() + "\n" + product.description(), sourceVersion);
    }

    private static String snippet(String description) {
        if (description.length() <= SNIPPET_LENGTH) {
            return description;
        }
        int cut = description.lastIndexOf(' ', SNIPPET_LENGTH);
        return description.substring(0, cut > SNIPPET_LENGTH / 2 ? cut : SNIPPET_LENGTH) + "…";
    }
}
