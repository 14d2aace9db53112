package com.cumulus.commerce.catalog.application;

import com.cumulus.commerce.catalog.model.Product;
import java.util.Objects;

/** One demo product and the units on hand it starts with. */
public record DemoItem(Product product, long onHand) {

    public DemoItem {
        Objects.requireNonNull(product, "'product' must not be null");
        if (onHand < 0) {
            throw new IllegalArgumentException("'onHand' must not be negative");
        }
    }
}
