package com.cumulus.commerce.catalog.application;

import com.cumulus.commerce.platform.kernel.Sku;
import com.cumulus.commerce.catalog.model.Product;
import java.util.Objects;
import java.util.Optional;

/** Reads one product with its version. */
public final class ViewProduct {

    private final Products products;

    public ViewProduct(Products products) {
        this.products = Objects.requireNonNull(products, "'products' must not be null");
    }

    public Optional<Versioned<Product>> view(Sku sku) {
        return products.find(sku);
    }
}
