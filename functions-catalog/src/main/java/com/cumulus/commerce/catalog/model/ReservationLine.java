package com.cumulus.commerce.catalog.model;

import com.cumulus.commerce.platform.kernel.Sku;
import java.util.Objects;

/** Units of one SKU an order reserves. */
public record ReservationLine(Sku sku, long quantity) {

    public static final int MAX_QUANTITY = 99;

    public ReservationLine {
        Objects.requireNonNull(sku, "'sku' must not be null");
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new IllegalArgumentException("'quantity' must be 1 to " + MAX_QUANTITY);
        }
    }
}
