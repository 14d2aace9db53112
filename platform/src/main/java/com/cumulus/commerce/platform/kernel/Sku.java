package com.cumulus.commerce.platform.kernel;

import java.util.regex.Pattern;

/**
 * A stock-keeping unit code: 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit. The
 * catalog owns SKUs; orders carry them in cart and order lines, so the rule lives here for both.
 */
public record Sku(String value) implements Comparable<Sku> {

    public static final String RULE = "must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit";
    private static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public Sku {
        if (!isValid(value)) {
            throw new IllegalArgumentException("'sku' must match " + PATTERN.pattern());
        }
    }

    public static Sku of(String value) {
        return new Sku(value);
    }

    /** The SKU {@code text} names, or the refusal naming {@code field}, for input from outside. */
    public static Checked<Sku, Violation> parse(String field, String text) {
        return Checked.of(field, text, Sku::new, RULE);
    }

    public static Checked<Sku, Violation> parse(String text) {
        return parse("sku", text);
    }

    public static boolean isValid(String value) {
        return value != null && PATTERN.matcher(value).matches();
    }

    @Override
    public int compareTo(Sku other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
