package com.cumulus.commerce.orders.application;

import java.time.Instant;

/** The Idempotency-Key records of one kind of request, by caller and key. */
public interface IdempotencyRecords {

    /**
     * Claims {@code key} for a request with {@code fingerprint}, unless a live record says otherwise. A record
     * older than its time to live counts as absent; one claimed in flight before {@code takeOverBefore} is taken
     * over (its request died with the process that ran it).
     */
    Claim claim(String caller, String key, String fingerprint, Instant now, Instant takeOverBefore);

    /** Records the answer of a claimed request. */
    void complete(String caller, String key, String fingerprint, StoredResponse response);

    /** Frees a claimed key, so the same key may be used again. */
    void release(String caller, String key);

    /** What a claim found. */
    sealed interface Claim {

        /** The key is this request's now. */
        record Claimed() implements Claim {
        }

        /** An earlier request with the same key and body finished with this answer. */
        record Completed(StoredResponse response) implements Claim {
        }

        /** The key was used for a different request. */
        record Mismatch() implements Claim {
        }

        /** A request with the key is still running. */
        record InFlight() implements Claim {
        }
    }
}
