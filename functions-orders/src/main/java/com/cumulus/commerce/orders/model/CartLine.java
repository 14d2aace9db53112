package com.cumulus.commerce.orders.model;

import com.cumulus.commerce.platform.kernel.Sku;
import java.util.Objects;

/** A SKU and how many of it; the price is looked up only at checkout. */
public record CartLine(Sku sku, int quantity) {

    public static final int MIN_QUANTITY = 1;
    public static final int MAX_QUANTITY = 99;

    public CartLine {
        Objects.requireNonNull(sku, "'sku' must not be null");
        if (quantity < MIN_QUANTITY || quantity > MAX_QUANTITY) {
            throw new IllegalArgumentException("'quantity' must be between " + MIN_QUANTITY + " and " + MAX_QUANTITY);
        }
    }
}
