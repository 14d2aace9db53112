package com.cumulus.commerce.catalog.application;

import com.cumulus.commerce.platform.kernel.Sku;
import com.cumulus.commerce.catalog.model.StockLevel;

/** What a stock adjustment came to. */
public sealed interface StockAdjustmentResult {

    record Adjusted(Versioned<StockLevel> level) implements StockAdjustmentResult {
    }

    /** The adjustment would leave fewer units on hand than reservations hold (or below zero); nothing changed. */
    record Insufficient(Sku sku, long onHand, long reserved, long delta) implements StockAdjustmentResult {
    }

    record PreconditionRequired(String detail) implements StockAdjustmentResult {
    }

    record PreconditionFailed(String detail) implements StockAdjustmentResult {
    }
}
