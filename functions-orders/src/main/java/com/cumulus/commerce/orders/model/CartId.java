package com.cumulus.commerce.orders.model;

import java.util.regex.Pattern;

/**
 * The rule for a cart id. For an anonymous session the id is the only thing standing between a cart and a
 * stranger, so it must be unguessable: at least 22 url-safe characters (128 random bits in base64url).
 */
public final class CartId {

    public static final int MIN_LENGTH = 22;
    public static final int MAX_LENGTH = 64;
    private static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9_-]{" + MIN_LENGTH + "," + MAX_LENGTH + "}");

    private CartId() {
    }

    public static boolean isValid(String cartId) {
        return cartId != null && PATTERN.matcher(cartId).matches();
    }

    public static String rule() {
        return "must be " + MIN_LENGTH + " to " + MAX_LENGTH + " url-safe characters (letters, digits, '-', '_')";
    }
}
