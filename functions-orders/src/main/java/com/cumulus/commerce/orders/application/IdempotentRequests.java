package com.cumulus.commerce.orders.application;

import com.cumulus.commerce.platform.Clock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The Idempotency-Key rules of docs/checkout.md: the same key and the same request replays the first answer; the
 * same key with a different request is refused; a duplicate while the first still runs is refused too. A request
 * in flight for longer than {@link #TAKE_OVER_AFTER} (well past the host's 230 s limit on an HTTP call) died with
 * its process, so a retry takes the key over; the work it repeats is itself idempotent.
 */
public final class IdempotentRequests {

    public static final Duration TAKE_OVER_AFTER = Duration.ofMinutes(5);

    private final IdempotencyRecords records;
    private final Clock clock;

    public IdempotentRequests(IdempotencyRecords records, Clock clock) {
        this.records = Objects.requireNonNull(records, "'records' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
    }

    /** A digest of what makes two requests "the same": method, path and body. */
    public static String fingerprint(String method, String path, String canonicalBody) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(
                    (method + "\n" + path + "\n" + canonicalBody).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Runs {@code request} once per caller, key and fingerprint. A failure that escapes it frees the key. */
    public IdempotentOutcome run(String caller, String key, String fingerprint, Supplier<StoredResponse> request) {
        var now = clock.now();
        var claim = records.claim(caller, key, fingerprint, now, now.minus(TAKE_OVER_AFTER));
        if (claim instanceof IdempotencyRecords.Claim.Completed completed) {
            return new IdempotentOutcome.Answered(completed.response(), true);
        }
        if (claim instanceof IdempotencyRecords.Claim.Mismatch) {
            return new IdempotentOutcome.KeyReused();
        }
        if (claim instanceof IdempotencyRecords.Claim.InFlight) {
            return new IdempotentOutcome.InFlight();
        }
        StoredResponse response;
        try {
            response = request.get();
        } catch (RuntimeException e) {
            records.release(caller, key);
            throw e;
        }
        if (response.worthKeeping()) {
            records.complete(caller, key, fingerprint, response);
        } else {
            records.release(caller, key);
        }
        return new IdempotentOutcome.Answered(response, false);
    }
}
