package com.cumulus.commerce.catalog.application;

import com.cumulus.commerce.platform.kernel.Violation;
import com.cumulus.commerce.platform.kernel.Sku;
import com.cumulus.commerce.catalog.model.Product;
import java.util.ArrayList;
import java.util.Objects;

/** Creates a product or replaces it whole (HTTP PUT): a replace must name the version it replaces. */
public final class SaveProduct {

    private final Products products;

    public SaveProduct(Products products) {
        this.products = Objects.requireNonNull(products, "'products' must not be null");
    }

    public ProductWriteResult save(Sku sku, Product product, Preconditions preconditions) {
        Objects.requireNonNull(product, "'product' must not be null");
        Objects.requireNonNull(preconditions, "'preconditions' must not be null");
        var violations = new ArrayList<Violation>();
        if (product.sku() != null && !product.sku().equals(sku.value())) {
            violations.add(new Violation("sku", "must equal the SKU in the path (" + sku + ")"));
        }
        violations.addAll(product.violations());
        if (!violations.isEmpty()) {
            return new ProductWriteResult.Invalid(violations);
        }
        return products.find(sku)
                .map(current -> replace(current, product, preconditions))
                .orElseGet(() -> create(product, preconditions));
    }

    private ProductWriteResult create(Product product, Preconditions preconditions) {
        if (preconditions.hasIfMatch()) {
            return new ProductWriteResult.PreconditionFailed("product " + product.sku() + " does not exist");
        }
        return products.create(product)
                .<ProductWriteResult>map(ProductWriteResult.Created::new)
                .orElseGet(() -> new ProductWriteResult.PreconditionFailed(
                        "product " + product.sku() + " was created concurrently; read it and retry with If-Match"));
    }

    private ProductWriteResult replace(Versioned<Product> current, Product product, Preconditions preconditions) {
        if (preconditions.requiresAbsence()) {
            return new ProductWriteResult.PreconditionFailed("product " + product.sku() + " exists already");
        }
        var refused = preconditions.refusalToReplace(current.etag(),
                () -> new ProductWriteResult.PreconditionRequired(
                        "replacing product " + product.sku() + " requires If-Match with its ETag"),
                () -> stale(product.sku()));
        if (refused.isPresent()) {
            return refused.get();
        }
        return products.replace(product, current.etag())
                .<ProductWriteResult>map(ProductWriteResult.Replaced::new)
                .orElseGet(() -> stale(product.sku()));
    }

    static ProductWriteResult stale(String sku) {
        return new ProductWriteResult.PreconditionFailed(
                "product " + sku + " has changed since that ETag; read it again");
    }
}
