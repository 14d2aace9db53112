package com.cumulus.commerce.platform.identity;

import java.util.Objects;
import java.util.Set;

/** The outcome of checking a bearer token: who it names, or a short reason it was refused. */
public sealed interface TokenCheck {

    /**
     * A token that passed every check.
     *
     * @param caller    who the token names
     * @param audiences the token's {@code aud} values; a {@link AccessPolicy#SERVICE} route needs its own among them
     */
    record Valid(Caller caller, Set<String> audiences) implements TokenCheck {

        public Valid {
            Objects.requireNonNull(caller, "'caller' must not be null");
            audiences = audiences == null ? Set.of() : Set.copyOf(audiences);
        }

        /** A valid token without audiences: enough for every policy but {@link AccessPolicy#SERVICE}. */
        public Valid(Caller caller) {
            this(caller, Set.of());
        }
    }

    /**
     * A refused token.
     *
     * @param reason a short phrase safe to show the caller ("expired", "wrong audience"); never the token itself
     */
    record Invalid(String reason) implements TokenCheck {

        public Invalid {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("'reason' must not be blank");
            }
        }
    }
}
