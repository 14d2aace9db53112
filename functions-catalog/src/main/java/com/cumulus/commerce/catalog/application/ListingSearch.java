package com.cumulus.commerce.catalog.application;

import java.util.Currency;
import java.util.Objects;

/**
 * What a shopper asks of the product list. Prices are in minor units of {@code currency}; null bounds and
 * null text mean no filter.
 */
public record ListingSearch(String category, String text, Long minPrice, Long maxPrice, String currency,
                            ListingSort sort, int limit, String continuationToken) {

    public static final int MAX_LIMIT = 100;
    public static final int DEFAULT_LIMIT = 20;

    public ListingSearch {
        Objects.requireNonNull(currency, "'currency' must not be null");
        Currency.getInstance(currency);
        Objects.requireNonNull(sort, "'sort' must not be null");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("'limit' must be between 1 and " + MAX_LIMIT);
        }
        if (minPrice != null && maxPrice != null && minPrice > maxPrice) {
            throw new IllegalArgumentException("'minPrice' must not exceed 'maxPrice'");
        }
    }

    public boolean filtersByPrice() {
        return minPrice != null || maxPrice != null;
    }
}
