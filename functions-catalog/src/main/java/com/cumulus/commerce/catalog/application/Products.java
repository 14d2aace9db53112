package com.cumulus.commerce.catalog.application;

import com.cumulus.commerce.platform.kernel.Sku;
import com.cumulus.commerce.catalog.model.Product;
import java.util.Optional;

/** The stored products, one per SKU. */
public interface Products {

    Optional<Versioned<Product>> find(Sku sku);

    /** Stores a new product; empty when one with that SKU exists already. */
    Optional<Versioned<Product>> create(Product product);

    /** Replaces the product stored under {@code expectedEtag}; empty when it has changed or gone since. */
    Optional<Versioned<Product>> replace(Product product, String expectedEtag);
}
