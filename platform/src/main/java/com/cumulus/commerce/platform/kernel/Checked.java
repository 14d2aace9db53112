package com.cumulus.commerce.platform.kernel;

import java.util.Objects;
import java.util.function.Function;

/**
 * Input from outside read into a value, or the reason it is refused. The kernel refuses with a {@link Violation}
 * (an id's {@code parse}: the field and the rule it breaks), so a request can refuse bad input as a value while
 * code inside the app, which makes ids with the id's factory, gets an exception for a bug; the HTTP pipeline refuses
 * with the problem it answers. The reason's type is the caller's, so the kernel knows nothing of HTTP.
 *
 * @param <T> the value read
 * @param <E> why input is refused
 */
public sealed interface Checked<T, E> {

    static <T, E> Checked<T, E> valid(T value) {
        return new Valid<>(value);
    }

    static <T, E> Checked<T, E> refused(E reason) {
        return new Refused<>(reason);
    }

    /** Reads {@code text} with {@code factory}; its {@link IllegalArgumentException} becomes the refusal. */
    static <T> Checked<T, Violation> of(String field, String text, Function<String, T> factory, String rule) {
        if (text == null) {
            return refused(new Violation(field, rule));
        }
        try {
            return valid(factory.apply(text));
        } catch (IllegalArgumentException e) {
            return refused(new Violation(field, rule));
        }
    }

    /** The next reading step on the value; a refusal passes through untouched. */
    default <U> Checked<U, E> then(Function<T, Checked<U, E>> next) {
        if (this instanceof Refused<T, E> refused) {
            return refused(refused.reason());
        }
        return next.apply(((Valid<T, E>) this).value());
    }

    record Valid<T, E>(T value) implements Checked<T, E> {
        public Valid {
            Objects.requireNonNull(value, "'value' must not be null");
        }
    }

    record Refused<T, E>(E reason) implements Checked<T, E> {
        public Refused {
            Objects.requireNonNull(reason, "'reason' must not be null");
        }
    }
}
