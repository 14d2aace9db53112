package com.cumulus.commerce.catalog.model;

import java.util.regex.Pattern;

/** The rules of a stock-keeping unit code; SKUs travel as plain strings and are checked where they enter. */
public final class Sku {

    private static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private Sku() {
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
