package com.cumulus.commerce.catalog.application;

import java.util.Arrays;
import java.util.Optional;

/** The orders a product list can be read in, by their query-parameter names. */
public enum ListingSort {
    SKU("sku"),
    TITLE("title"),
    TITLE_DESCENDING("-title"),
    PRICE("price"),
    PRICE_DESCENDING("-price");

    private final String parameter;

    ListingSort(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    public boolean descending() {
        return parameter.startsWith("-");
    }

    public boolean byPrice() {
        return this == PRICE || this == PRICE_DESCENDING;
    }

    public static Optional<ListingSort> fromParameter(String value) {
        return Arrays.stream(values()).filter(sort -> sort.parameter.equals(value)).findFirst();
    }
}
