package com.cumulus.commerce.platform.idempotency;

import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.ProcessInstance;
import com.cumulus.commerce.platform.http.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The Idempotency-Key rules of docs/checkout.md, for every route that takes a key: the same key and the same
 * request replays the first answer; the same key with another request is refused; a duplicate while the first
 * still runs is refused too. Only a success is kept; a refusal, a server error or an exception frees the key.
 * Records expire after their time to live. A request in flight whose process is gone is taken over by a retry:
 * at once where the platform can tell (the record names its holder, and {@link ProcessInstance} knows that
 * holder is dead: devhost after a restart), else once it has been in flight for longer than
 * {@link #TAKE_OVER_AFTER} (well past the host's 230 s limit on an HTTP call). The work a takeover repeats must
 * itself be idempotent (the routes derive their ids from the key).
 */
public final class IdempotentRequests {

    public static final Duration DEFAULT_TIME_TO_LIVE = Duration.ofHours(24);
    public static final Duration TAKE_OVER_AFTER = Duration.ofMinutes(5);

    /** Sorted keys, so two bodies that differ only in member order are the same request. */
    private static final ObjectMapper CANONICAL = Json.mapper().copy()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final IdempotencyRecords records;
    private final Clock clock;
    private final Duration timeToLive;
    private final ProcessInstance instance;

    /** @param instance this process, recorded as the holder of what it runs */
    public IdempotentRequests(IdempotencyRecords records, Clock clock, Duration timeToLive,
            ProcessInstance instance) {
        this.records = Objects.requireNonNull(records, "'records' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
        this.timeToLive = Objects.requireNonNull(timeToLive, "'timeToLive' must not be null");
        this.instance = Objects.requireNonNull(instance, "'instance' must not be null");
        if (timeToLive.isNegative() || timeToLive.isZero()) {
            throw new IllegalArgumentException("'timeToLive' must be positive");
        }
    }

    /**
     * What makes two requests "the same": the method, the path and the request as the route read it (a record,
     * a map or a JSON tree), in canonical JSON, so whitespace and member order do not count.
     */
    public static String fingerprint(String method, String path, Object request) {
        Objects.requireNonNull(method, "'method' must not be null");
        Objects.requireNonNull(path, "'path' must not be null");
        try {
            var canonical = CANONICAL.writeValueAsString(CANONICAL.convertValue(request, Object.class));
            var digest = MessageDigest.getInstance("SHA-256").digest(
                    (method + "\n" + path + "\n" + canonical).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("'request' cannot be written as JSON", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Runs {@code request} once per caller, key and fingerprint. A failure that escapes it frees the key. */
    public IdempotentOutcome run(String caller, String key, String fingerprint, Supplier<StoredResponse> request) {
        Objects.requireNonNull(caller, "'caller' must not be null");
        if (!IdempotencyKeys.isValid(key)) {
            throw new IllegalArgumentException("'key' must be " + IdempotencyKeys.RULE);
        }
        Objects.requireNonNull(fingerprint, "'fingerprint' must not be null");
        var now = clock.now();
        var claim = new IdempotencyRecord(fingerprint, null, now, now.plus(timeToLive), instance.id(), null);
        var refusal = claim(caller, key, claim);
        if (refusal != null) {
            return refusal;
        }
        StoredResponse response;
        try {
            response = request.get();
        } catch (RuntimeException e) {
            records.delete(caller, key);
            throw e;
        }
        if (response.worthKeeping()) {
            records.save(caller, key, new IdempotencyRecord(fingerprint, response, claim.startedAt(),
                    claim.expiresAt(), claim.holder(), null));
        } else {
            records.delete(caller, key);
        }
        return new IdempotentOutcome.Answered(response, false);
    }

    /** Stores {@code claim} for the key; null when it is this request's now, else the outcome that refuses it. */
    private IdempotentOutcome claim(String caller, String key, IdempotencyRecord claim) {
        var now = claim.startedAt();
        while (true) {
            var existing = records.find(caller, key);
            if (existing.isEmpty()) {
                if (records.create(caller, key, claim)) {
                    return null;
                }
                continue;
            }
            var record = existing.get();
            if (record.expiresAt().isAfter(now)) {
                if (!record.fingerprint().equals(claim.fingerprint())) {
                    return new IdempotentOutcome.KeyReused();
                }
                if (!record.inFlight()) {
                    return new IdempotentOutcome.Answered(record.response(), true);
                }
                if (!abandoned(record, now)) {
                    return new IdempotentOutcome.InFlight();
                }
            }
            if (records.replace(caller, key, claim, record.etag())) {
                return null;
            }
            // another request moved the record on; look again
        }
    }

    /** Whether an in-flight record's process is gone: known where the platform can tell, else timed out. */
    private boolean abandoned(IdempotencyRecord record, Instant now) {
        return !instance.mayStillRun(record.holder()) || record.startedAt().isBefore(now.minus(TAKE_OVER_AFTER));
    }
}
