package com.cumulus.commerce.catalog.application;

/** A correction of a stock level: {@code delta} units added (negative to remove), and why. */
public record StockAdjustment(long delta, String reason) {

    public static final int MAX_REASON = 200;

    public StockAdjustment {
        if (delta == 0) {
            throw new IllegalArgumentException("'delta' must not be zero");
        }
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            throw new IllegalArgumentException("'reason' must be 1 to " + MAX_REASON + " characters");
        }
    }
}
