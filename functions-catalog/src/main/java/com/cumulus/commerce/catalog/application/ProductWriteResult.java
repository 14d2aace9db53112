package com.cumulus.commerce.catalog.application;

import com.cumulus.commerce.platform.kernel.Violation;
import com.cumulus.commerce.platform.kernel.Sku;
import com.cumulus.commerce.catalog.model.Product;
import java.util.List;

/** What a product write came to: stored, or refused and why. */
public sealed interface ProductWriteResult {

    record Created(Versioned<Product> product) implements ProductWriteResult {
    }

    record Replaced(Versioned<Product> product) implements ProductWriteResult {
    }

    record Invalid(List<Violation> violations) implements ProductWriteResult {
        public Invalid {
            violations = List.copyOf(violations);
        }
    }

    record NotFound(Sku sku) implements ProductWriteResult {
    }

    /** A replace was asked for without saying which version it replaces. */
    record PreconditionRequired(String detail) implements ProductWriteResult {
    }

    /** The version the caller named is not the stored one (or a product exists where none was expected). */
    record PreconditionFailed(String detail) implements ProductWriteResult {
    }
}
