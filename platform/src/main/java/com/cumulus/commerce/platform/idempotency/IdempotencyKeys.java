package com.cumulus.commerce.platform.idempotency;

import java.util.regex.Pattern;

/** What an {@code Idempotency-Key} may be: 1 to 255 printable ASCII characters (a UUID will do). */
public final class IdempotencyKeys {

    public static final String RULE = "1 to 255 printable ASCII characters";
    private static final Pattern KEY = Pattern.compile("[\\x20-\\x7E]{1,255}");

    private IdempotencyKeys() {
    }

    public static boolean isValid(String key) {
        return key != null && KEY.matcher(key).matches();
    }
}
