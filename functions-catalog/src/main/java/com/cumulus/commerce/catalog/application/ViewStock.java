package com.cumulus.commerce.catalog.application;

import com.cumulus.commerce.platform.kernel.Sku;
import com.cumulus.commerce.catalog.model.StockLevel;
import java.util.Objects;
import java.util.Optional;

/** Reads one SKU's stock level with its version. */
public final class ViewStock {

    private final StockLevels stockLevels;

    public ViewStock(StockLevels stockLevels) {
        this.stockLevels = Objects.requireNonNull(stockLevels, "'stockLevels' must not be null");
    }

    public Optional<Versioned<StockLevel>> view(Sku sku) {
        return stockLevels.find(sku);
    }
}
