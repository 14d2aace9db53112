package com.cumulus.commerce.orders.model;

import com.cumulus.commerce.platform.kernel.Sku;
import com.cumulus.commerce.platform.money.Money;
import java.util.Objects;

/** One priced line of an order: the unit price is the catalog's at checkout, fixed from then on. */
public record OrderLine(Sku sku, int quantity, Money unitPrice) {

    public OrderLine {
        Objects.requireNonNull(sku, "'sku' must not be null");
        if (quantity < CartLine.MIN_QUANTITY || quantity > CartLine.MAX_QUANTITY) {
            throw new IllegalArgumentException("'quantity' must be between " + CartLine.MIN_QUANTITY + " and "
                    + CartLine.MAX_QUANTITY);
        }
        Objects.requireNonNull(unitPrice, "'unitPrice' must not be null");
        if (unitPrice.isNegative()) {
            throw new IllegalArgumentException("'unitPrice' must not be negative");
        }
    }

    public Money lineTotal() {
        return unitPrice.times(quantity);
    }
}
