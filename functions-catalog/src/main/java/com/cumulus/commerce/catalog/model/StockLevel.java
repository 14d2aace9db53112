package com.cumulus.commerce.catalog.model;

import java.util.Objects;

/** Units of one SKU on hand; never negative. */
public record StockLevel(String sku, long onHand) {

    public StockLevel {
        Sku.requireValid(sku);
        if (onHand < 0) {
            throw new IllegalArgumentException("'onHand' must not be negative");
        }
    }

    public static StockLevel none(String sku) {
        return new StockLevel(sku, 0);
    }

    /** The level after adding {@code delta} (negative to remove), or the refusal when too few are on hand. */
    public StockChange adjust(long delta) {
        long after;
        try {
            after = Math.addExact(onHand, delta);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("'delta' overflows the stock level", e);
        }
        if (after < 0) {
            return new StockChange.Insufficient(sku, onHand, delta);
        }
        return new StockChange.Adjusted(new StockLevel(sku, after));
    }

    /** What an adjustment came to. */
    public sealed interface StockChange {

        record Adjusted(StockLevel level) implements StockChange {
            public Adjusted {
                Objects.requireNonNull(level, "'level' must not be null");
            }
        }

        record Insufficient(String sku, long onHand, long delta) implements StockChange {
        }
    }
}
