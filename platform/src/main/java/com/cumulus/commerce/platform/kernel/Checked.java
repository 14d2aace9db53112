package com.cumulus.commerce.platform.kernel;

import java.util.Objects;
import java.util.function.Function;

/**
 * Text from outside (a path segment, a field) read into a value, or the rule it breaks. An id's {@code parse}
 * answers this, so a request can refuse bad input as a value while code inside the app, which makes ids with the
 * id's factory, gets an exception for a bug.
 */
public sealed interface Checked<T> {

    static <T> Checked<T> valid(T value) {
        return new Valid<>(value);
    }

    static <T> Checked<T> refused(Violation violation) {
        return new Refused<>(violation);
    }

    /** Reads {@code text} with {@code factory}; its {@link IllegalArgumentException} becomes the refusal. */
    static <T> Checked<T> of(String field, String text, Function<String, T> factory, String rule) {
        if (text == null) {
            return refused(new Violation(field, rule));
        }
        try {
            return valid(factory.apply(text));
        } catch (IllegalArgumentException e) {
            return refused(new Violation(field, rule));
        }
    }

    record Valid<T>(T value) implements Checked<T> {
        public Valid {
            Objects.requireNonNull(value, "'value' must not be null");
        }
    }

    record Refused<T>(Violation violation) implements Checked<T> {
        public Refused {
            Objects.requireNonNull(violation, "'violation' must not be null");
        }
    }
}
