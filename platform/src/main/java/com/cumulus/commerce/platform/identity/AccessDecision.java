package com.cumulus.commerce.platform.identity;

import com.cumulus.commerce.platform.http.Problem;
import java.util.Objects;

/** Whether an HTTP call may go ahead, and if not, the refusal to send back. */
public sealed interface AccessDecision {

    record Granted(Caller caller) implements AccessDecision {

        public Granted {
            Objects.requireNonNull(caller, "'caller' must not be null");
        }
    }

    /**
     * @param problem         the problem+json body; status 401 or 403
     * @param wwwAuthenticate the {@code WWW-Authenticate} header value (RFC 6750 / RFC 9470)
     */
    record Refused(Problem problem, String wwwAuthenticate) implements AccessDecision {

        public Refused {
            Objects.requireNonNull(problem, "'problem' must not be null");
            Objects.requireNonNull(wwwAuthenticate, "'wwwAuthenticate' must not be null");
            if (problem.status() != 401 && problem.status() != 403) {
                throw new IllegalArgumentException("'problem' must have status 401 or 403, not " + problem.status());
            }
        }
    }
}
