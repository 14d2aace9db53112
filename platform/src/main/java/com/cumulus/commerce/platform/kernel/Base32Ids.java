package com.cumulus.commerce.platform.kernel;

/**
 * The shape of the ids derived from an order: a prefix ({@code ord_}, {@code pay_}, {@code ref_}) and
 * {@value OrderId#LENGTH} characters of RFC 4648's lowercase base-32 alphabet (a-z, 2-7). Checked in one pass,
 * without a regular expression: ids are checked on every hop of a checkout.
 */
public final class Base32Ids {

    private Base32Ids() {
    }

    /** Whether {@code value} is {@code prefix} followed by {@value OrderId#LENGTH} base-32 characters. */
    public static boolean matches(String value, String prefix) {
        if (value == null || value.length() != prefix.length() + OrderId.LENGTH || !value.startsWith(prefix)) {
            return false;
        }
        for (int i = prefix.length(); i < value.length(); i++) {
            char c = value.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '2' && c <= '7'))) {
                return false;
            }
        }
        return true;
    }

    /** The rule as an error message shows it. */
    public static String pattern(String prefix) {
        return prefix + "[a-z2-7]{" + OrderId.LENGTH + "}";
    }
}
