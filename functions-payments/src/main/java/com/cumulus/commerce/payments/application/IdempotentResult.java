package com.cumulus.commerce.payments.application;

/** What an idempotent request gets: its own answer, a replay, or a refusal of the key. */
public sealed interface IdempotentResult {

    /** The first request's answer: just computed, or replayed. */
    record Answered(StoredResponse response, boolean replayed) implements IdempotentResult {
    }

    /** The key came earlier with a different request. */
    record KeyReused() implements IdempotentResult {
    }

    /** The first request with this key is still running. */
    record InFlight() implements IdempotentResult {
    }
}
