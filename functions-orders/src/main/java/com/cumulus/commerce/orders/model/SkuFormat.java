package com.cumulus.commerce.orders.model;

import java.util.regex.Pattern;

/** The catalog's rule for a SKU code, checked where a SKU enters the orders app (a cart line). */
public final class SkuFormat {

    private static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private SkuFormat() {
    }

    public static boolean isValid(String sku) {
        return sku != null && PATTERN.matcher(sku).matches();
    }

    public static String requireValid(String sku) {
        if (!isValid(sku)) {
            throw new IllegalArgumentException("'sku' must match " + PATTERN.pattern());
        }
        return sku;
    }

    public static String rule() {
        return "must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit";
    }
}
