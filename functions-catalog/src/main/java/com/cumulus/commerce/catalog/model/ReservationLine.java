package com.cumulus.commerce.catalog.model;

/** Units of one SKU an order reserves. */
public record ReservationLine(String sku, long quantity) {

    public static final int MAX_QUANTITY = 99;

    public ReservationLine {
        Sku.requireValid(sku);
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new IllegalArgumentException("'quantity' must be 1 to " + MAX_QUANTITY);
        }
    }
}
