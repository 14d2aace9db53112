package com.cumulus.commerce.platform.idempotency;

/** The answer to a request under an Idempotency-Key. */
public sealed interface IdempotentOutcome {

    /** The request ran now, or was replayed ({@code replayed}), with this answer. */
    record Answered(StoredResponse response, boolean replayed) implements IdempotentOutcome {
    }

    /** Same key, different request: 422. */
    record KeyReused() implements IdempotentOutcome {
    }

    /** Same key while the first request still runs: 409. */
    record InFlight() implements IdempotentOutcome {
    }
}
