package com.cumulus.commerce.catalog.model;

import java.time.Instant;
import java.util.Objects;

/** Units of one SKU set aside for an open reservation until {@code expiresAt}. */
public record StockHold(long quantity, Instant expiresAt) {

    public StockHold {
        if (quantity < 1) {
            throw new IllegalArgumentException("'quantity' must be positive");
        }
        Objects.requireNonNull(expiresAt, "'expiresAt' must not be null");
    }
}
