package com.cumulus.commerce.catalog.application;

import com.cumulus.commerce.platform.kernel.Violation;
import com.cumulus.commerce.platform.kernel.Sku;
import com.cumulus.commerce.catalog.model.Product;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Changes part of a stored product (HTTP PATCH); always conditional on the version it was read at. */
public final class PatchProduct {

    private final Products products;

    public PatchProduct(Products products) {
        this.products = Objects.requireNonNull(products, "'products' must not be null");
    }

    public ProductWriteResult patch(Sku sku, ProductPatch patch, Preconditions preconditions) {
        Objects.requireNonNull(patch, "'patch' must not be null");
        Objects.requireNonNull(preconditions, "'preconditions' must not be null");
        // asked before the read, so a patch without If-Match is refused the same whether or not the SKU exists
        if (!preconditions.hasIfMatch()) {
            return required(sku);
        }
        var found = products.find(sku);
        if (found.isEmpty()) {
            return new ProductWriteResult.NotFound(sku);
        }
        var current = found.get();
        var refused = preconditions.refusalToReplace(current.etag(),
                () -> required(sku), () -> SaveProduct.stale(sku.value()));
        if (refused.isPresent()) {
            return refused.get();
        }
        var outcome = patch.applyTo(current.value());
        if (outcome instanceof ProductPatch.Outcome.Rejected rejected) {
            return new ProductWriteResult.Invalid(rejected.violations());
        }
        var patched = ((ProductPatch.Outcome.Applied) outcome).product();
        var violations = violationsOf(sku, patched);
        if (!violations.isEmpty()) {
            return new ProductWriteResult.Invalid(violations);
        }
        return products.replace(patched, current.etag())
                .<ProductWriteResult>map(ProductWriteResult.Replaced::new)
                .orElseGet(() -> SaveProduct.stale(sku.value()));
    }

    private static ProductWriteResult required(Sku sku) {
        return new ProductWriteResult.PreconditionRequired(
                "patching product " + sku + " requires If-Match with its ETag");
    }

    private static List<Violation> violationsOf(Sku sku, Product patched) {
        var violations = new ArrayList<Violation>();
        if (!sku.value().equals(patched.sku())) {
            violations.add(new Violation("sku", "cannot be changed"));
        } else {
            violations.addAll(patched.violations());
        }
        return violations;
    }
}
