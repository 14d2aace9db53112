package com.cumulus.commerce.catalog.application;

import com.cumulus.commerce.platform.kernel.Violation;
import com.cumulus.commerce.catalog.model.Product;
import java.util.List;
import java.util.Objects;

/** A change to apply to the stored product (a JSON merge patch, over HTTP). */
@FunctionalInterface
public interface ProductPatch {

    Outcome applyTo(Product current);

    sealed interface Outcome {

        record Applied(Product product) implements Outcome {
            public Applied {
                Objects.requireNonNull(product, "'product' must not be null");
            }
        }

        /** The patch cannot produce a product at all (e.g. it makes the title a number). */
        record Rejected(List<Violation> violations) implements Outcome {
            public Rejected {
                violations = List.copyOf(violations);
            }
        }
    }
}
