package com.cumulus.commerce.functions.support;

import com.cumulus.commerce.platform.http.Problem;
import java.util.Objects;
import java.util.function.Function;

/**
 * A request part read into a value, or the problem that makes it unreadable. Shared by every function app so
 * their request readers chain the same way.
 */
public sealed interface Parsed<T> {

    static <T> Parsed<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Parsed<T> failed(Problem problem) {
        return new Failed<>(problem);
    }

    /** The next reading step on the value; a failure passes through untouched. */
    default <U> Parsed<U> then(Function<T, Parsed<U>> next) {
        if (this instanceof Failed<T> failed) {
            return failed(failed.problem());
        }
        return next.apply(((Ok<T>) this).value());
    }

    record Ok<T>(T value) implements Parsed<T> {
        public Ok {
            Objects.requireNonNull(value, "'value' must not be null");
        }
    }

    record Failed<T>(Problem problem) implements Parsed<T> {
        public Failed {
            Objects.requireNonNull(problem, "'problem' must not be null");
        }
    }
}
