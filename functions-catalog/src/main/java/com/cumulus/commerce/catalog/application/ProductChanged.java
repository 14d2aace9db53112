package com.cumulus.commerce.catalog.application;

import com.cumulus.commerce.catalog.model.Product;
import java.util.Objects;

/** One product version from the change feed; {@code version} grows with every write of that SKU. */
public record ProductChanged(Product product, long version) {

    public ProductChanged {
        Objects.requireNonNull(product, "'product' must not be null");
    }
}
