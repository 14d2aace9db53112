package com.cumulus.commerce.payments.application;

import com.cumulus.commerce.platform.Clock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} as docs/checkout.md has it: the same key with the same method, path and body replays the
 * first answer; with a different request it is refused (422); while the first is still running, 409. Records
 * expire after 24 h. A first request that fails with a server error leaves no record, so a retry runs again; one
 * whose process died mid-way is taken over by a retry after {@link #ABANDONED_AFTER}.
 */
public final class IdempotentRequests {

    public static final Duration RETENTION = Duration.ofHours(24);
    /** A first request still "running" after this long died with its process; a retry takes the key over. */
    public static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);
    private static final Pattern KEY = Pattern.compile("[\\x20-\\x7E]{1,255}");

    private final IdempotencyRecords records;
    private final Clock clock;

    public IdempotentRequests(IdempotencyRecords records, Clock clock) {
        this.records = Objects.requireNonNull(records, "'records' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
    }

    public static boolean validKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    public IdempotentResult run(String caller, String key, String method, String path, String body,
            Supplier<StoredResponse> handler) {
        if (!validKey(key)) {
            throw new IllegalArgumentException("'key' must be 1 to 255 printable ASCII characters");
        }
        var hash = hash(method + "\n" + path + "\n" + (body == null ? "" : body));
        var now = clock.now();
        var fresh = new IdempotencyRecord(hash, null, now.plus(RETENTION), null);
        if (!records.start(caller, key, fresh)) {
            var existing = records.find(caller, key);
            if (existing.isEmpty()) {
                return run(caller, key, method, path, body, handler);
            }
            var record = existing.get();
            var startedAt = record.expiresAt().minus(RETENTION);
            var abandoned = record.response() == null && startedAt.plus(ABANDONED_AFTER).isBefore(now);
            if (record.expiresAt().isAfter(now) && !abandoned) {
                if (!record.requestHash().equals(hash)) {
                    return new IdempotentResult.KeyReused();
                }
                return record.response() == null ? new IdempotentResult.InFlight()
                        : new IdempotentResult.Answered(record.response(), true);
            }
            if (!records.replace(caller, key, fresh, record.etag())) {
                return new IdempotentResult.InFlight();
            }
        }
        StoredResponse response;
        try {
            response = handler.get();
        } catch (RuntimeException e) {
            records.delete(caller, key);
            throw e;
        }
        if (response.status() >= 500) {
            records.delete(caller, key);
        } else {
            var current = records.find(caller, key).orElseThrow();
            records.replace(caller, key, new IdempotencyRecord(hash, response, current.expiresAt(), null),
                    current.etag());
        }
        return new IdempotentResult.Answered(response, false);
    }

    private static String hash(String request) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(request.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
