package com.cumulus.commerce.platform.kernel;


/**
 * An order's id: {@code ord_} and 26 lowercase base-32 characters (RFC 4648's alphabet a-z, 2-7). The orders app
 * derives it; the catalog (reservations) and payments (one payment per order) are keyed by it.
 */
public record OrderId(String value) implements Comparable<OrderId> {

    public static final String PREFIX = "ord_";
    public static final int LENGTH = 26;
    public static final String RULE = "must be 'ord_' and 26 characters a-z, 2-7";

    public OrderId {
        if (!isValid(value)) {
            throw new IllegalArgumentException("'orderId' must match " + Base32Ids.pattern(PREFIX));
        }
    }

    public static OrderId of(String value) {
        return new OrderId(value);
    }

    /** The order id {@code text} names, or the refusal, for input from outside. */
    public static Checked<OrderId, Violation> parse(String text) {
        return Checked.of("orderId", text, OrderId::new, RULE);
    }

    public static boolean isValid(String value) {
        return Base32Ids.matches(value, PREFIX);
    }

    /** The 26 characters after the prefix, which the ids derived from an order's reuse. */
    public String suffix() {
        return value.substring(PREFIX.length());
    }

    @Override
    public int compareTo(OrderId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
