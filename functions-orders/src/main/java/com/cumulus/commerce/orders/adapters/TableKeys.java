package com.cumulus.commerce.orders.adapters;

/**
 * Table Storage refuses {@code / \ # ?} and control characters in keys; customer ids and Idempotency-Keys may
 * hold them, so they are escaped (reversibly, percent-style) on the way in.
 */
final class TableKeys {

    private TableKeys() {
    }

    static String escape(String value) {
        var out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            if (c == '%' || c == '/' || c == '\\' || c == '#' || c == '?' || c < 0x20 || c == 0x7f) {
                out.append('%').append(String.format("%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
