package com.cumulus.commerce.functions.support;

import com.cumulus.commerce.platform.http.Problem;
import com.cumulus.commerce.platform.idempotency.IdempotencyKeys;

/** The one set of Idempotency-Key problems every route that takes a key answers (openapi.yaml documents them). */
final class IdempotencyProblems {

    private IdempotencyProblems() {
    }

    static Problem required() {
        return Problem.of("idempotency-key-required", "Idempotency-Key required", 400,
                "send an Idempotency-Key header (" + IdempotencyKeys.RULE + ") to make this call safe to retry");
    }

    static Problem invalid() {
        return Problem.of("invalid-idempotency-key", "Invalid Idempotency-Key", 400,
                "the Idempotency-Key must be " + IdempotencyKeys.RULE);
    }

    static Problem reused() {
        return Problem.of("idempotency-key-reused", "Idempotency-Key reused", 422,
                "this Idempotency-Key was used for a different request; use a new key for a new request");
    }

    static Problem inFlight() {
        return Problem.of("idempotency-key-in-flight", "Request in flight", 409,
                "a request with this Idempotency-Key is still running; retry in a moment");
    }
}
