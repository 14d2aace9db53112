package com.cumulus.commerce.catalog.application;

import com.cumulus.commerce.platform.kernel.Sku;
import com.cumulus.commerce.catalog.model.StockLevel;
import com.cumulus.commerce.catalog.model.StockLevel.StockChange;
import java.util.Objects;

/**
 * Adds or removes units of a SKU. An existing level changes only under {@code If-Match}, so two operators
 * adjusting at once cannot both win on the same version; the first adjustment of a SKU creates its level.
 */
public final class AdjustStock {

    private final StockLevels stockLevels;

    public AdjustStock(StockLevels stockLevels) {
        this.stockLevels = Objects.requireNonNull(stockLevels, "'stockLevels' must not be null");
    }

    public StockAdjustmentResult adjust(Sku sku, StockAdjustment adjustment, Preconditions preconditions) {
        Objects.requireNonNull(adjustment, "'adjustment' must not be null");
        Objects.requireNonNull(preconditions, "'preconditions' must not be null");
        var found = stockLevels.find(sku);
        if (found.isEmpty()) {
            return create(sku, adjustment, preconditions);
        }
        var current = found.get();
        var notCurrent = preconditions.refusalToReplace(current.etag(),
                () -> new StockAdjustmentResult.PreconditionRequired(
                        "adjusting the stock of " + sku + " requires If-Match with its ETag"),
                () -> stale(sku));
        if (notCurrent.isPresent()) {
            return notCurrent.get();
        }
        var change = current.value().adjust(adjustment.delta());
        if (change instanceof StockChange.Insufficient refused) {
            return insufficient(refused);
        }
        return stockLevels.replace(((StockChange.Adjusted) change).level(), current.etag())
                .<StockAdjustmentResult>map(StockAdjustmentResult.Adjusted::new)
                .orElseGet(() -> stale(sku));
    }

    private StockAdjustmentResult create(Sku sku, StockAdjustment adjustment, Preconditions preconditions) {
        if (preconditions.hasIfMatch()) {
            return new StockAdjustmentResult.PreconditionFailed("there is no stock level for " + sku + " yet");
        }
        var change = StockLevel.none(sku).adjust(adjustment.delta());
        if (change instanceof StockChange.Insufficient refused) {
            return insufficient(refused);
        }
        return stockLevels.create(((StockChange.Adjusted) change).level())
                .<StockAdjustmentResult>map(StockAdjustmentResult.Adjusted::new)
                .orElseGet(() -> new StockAdjustmentResult.PreconditionFailed(
                        "the stock level of " + sku + " was created concurrently; read it and retry with If-Match"));
    }

    private static StockAdjustmentResult insufficient(StockChange.Insufficient refused) {
        return new StockAdjustmentResult.Insufficient(refused.sku(), refused.onHand(), refused.reserved(),
                refused.delta());
    }

    private static StockAdjustmentResult stale(Sku sku) {
        return new StockAdjustmentResult.PreconditionFailed(
                "the stock level of " + sku + " has changed since that ETag; read it again");
    }
}
