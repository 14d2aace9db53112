package com.cumulus.commerce.orders.model;

import com.cumulus.commerce.platform.kernel.Checked;
import com.cumulus.commerce.platform.kernel.Violation;
import java.util.regex.Pattern;

/**
 * A cart's id. For an anonymous session the id is the only thing standing between a cart and a stranger, so it
 * must be unguessable: at least 22 url-safe characters (128 random bits in base64url).
 */
public record CartId(String value) {

    public static final int MIN_LENGTH = 22;
    public static final int MAX_LENGTH = 64;
    public static final String RULE = "must be " + MIN_LENGTH + " to " + MAX_LENGTH
            + " url-safe characters (letters, digits, '-', '_')";
    private static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9_-]{" + MIN_LENGTH + "," + MAX_LENGTH + "}");

    public CartId {
        if (!isValid(value)) {
            throw new IllegalArgumentException("'cartId' " + RULE);
        }
    }

    public static CartId of(String value) {
        return new CartId(value);
    }

    /** The cart id {@code text} names, or the refusal, for input from outside. */
    public static Checked<CartId, Violation> parse(String text) {
        return Checked.of("cartId", text, CartId::new, RULE);
    }

    public static boolean isValid(String value) {
        return value != null && PATTERN.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
