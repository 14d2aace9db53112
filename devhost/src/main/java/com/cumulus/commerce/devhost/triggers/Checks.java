package com.cumulus.commerce.devhost.triggers;

import java.time.Duration;
import java.util.Objects;

/** Argument preconditions shared by the listener constructors. */
final class Checks {

    private Checks() {
    }

    static String notBlank(String value, String argument) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("'" + argument + "' must not be blank");
        }
        return value;
    }

    static int atLeast(int value, int min, String argument) {
        if (value < min) {
            throw new IllegalArgumentException("'" + argument + "' must be at least " + min + ", was " + value);
        }
        return value;
    }

    static Duration notNegative(Duration value, String argument) {
        Objects.requireNonNull(value, "'" + argument + "' must not be null");
        if (value.isNegative()) {
            throw new IllegalArgumentException("'" + argument + "' must not be negative");
        }
        return value;
    }

    static <T> T notNull(T value, String argument) {
        return Objects.requireNonNull(value, "'" + argument + "' must not be null");
    }
}
