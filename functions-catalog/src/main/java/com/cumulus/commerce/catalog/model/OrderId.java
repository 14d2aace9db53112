package com.cumulus.commerce.catalog.model;

import java.util.regex.Pattern;

/**
 * The rules of an order id: {@code ord_} and 26 lowercase base-32 characters. Either base-32 alphabet is taken
 * (RFC 4648's a-z2-7 or Crockford's digits and letters), since the id is derived by the orders app.
 */
public final class OrderId {

    private static final Pattern PATTERN = Pattern.compile("ord_[0-9a-z]{26}");

    private OrderId() {
    }

    public static boolean isValid(String orderId) {
        return orderId != null && PATTERN.matcher(orderId).matches();
    }

    public static String requireValid(String orderId) {
        if (!isValid(orderId)) {
            throw new IllegalArgumentException("'orderId' must match " + PATTERN.pattern());
        }
        return orderId;
    }

    public static String rule() {
        return "must be 'ord_' and 26 lowercase base-32 characters";
    }
}
