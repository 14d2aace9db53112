package com.cumulus.commerce.catalog.application;

import com.cumulus.commerce.platform.kernel.Sku;
import com.cumulus.commerce.catalog.model.StockLevel;
import java.util.Optional;

/** The stored stock level of each SKU. */
public interface StockLevels {

    Optional<Versioned<StockLevel>> find(Sku sku);

    /** Stores the first level of a SKU; empty when one exists already. */
    Optional<Versioned<StockLevel>> create(StockLevel level);

    /** Replaces the level stored under {@code expectedEtag}; empty when it has changed or gone since. */
    Optional<Versioned<StockLevel>> replace(StockLevel level, String expectedEtag);
}
