package com.cumulus.commerce.catalog.application;

import com.cumulus.commerce.catalog.model.Product;
import com.cumulus.commerce.platform.kernel.Sku;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/** The current prices of many products at once, as a checkout prices a whole cart in one call. */
public final class LookUpPrices {

    /** More than any cart holds; a larger lookup is a mistake or an attack, not a checkout. */
    public static final int MAX_SKUS = 100;

    private final Products products;

    public LookUpPrices(Products products) {
        this.products = Objects.requireNonNull(products, "'products' must not be null");
    }

    /** @param skus valid SKUs, at most {@value #MAX_SKUS}; a repeated one is looked up once */
    public PriceList lookUp(List<Sku> skus) {
        Objects.requireNonNull(skus, "'skus' must not be null");
        if (skus.size() > MAX_SKUS) {
            throw new IllegalArgumentException("'skus' must hold at most " + MAX_SKUS + " SKUs");
        }
        var found = new ArrayList<Product>();
        var unknown = new ArrayList<Sku>();
        for (var sku : new LinkedHashSet<>(skus)) {
            products.find(sku).ifPresentOrElse(product -> found.add(product.value()), () -> unknown.add(sku));
        }
        return new PriceList(found, unknown);
    }

    /** The products found, in the order asked, and the SKUs the catalog does not have. */
    public record PriceList(List<Product> products, List<Sku> unknown) {

        public PriceList {
            products = List.copyOf(products);
            unknown = List.copyOf(unknown);
        }
    }
}
