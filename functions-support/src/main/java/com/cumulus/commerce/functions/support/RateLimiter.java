package com.cumulus.commerce.functions.support;

import com.cumulus.commerce.platform.Clock;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Token buckets per key (a client or an IP address): {@code perMinute} requests a minute on average, bursts up
 * to the same number. Buckets live in this instance; with several instances in Azure each enforces its own
 * share, which is the usual trade for not paying a Redis round trip per request.
 */
final class RateLimiter {

    private final double capacity;
    private final double tokensPerNano;
    private final Clock clock;
    private final Cache<String, Bucket> buckets;

    RateLimiter(int perMinute, Clock clock) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("'perMinute' must be at least 1");
        }
        this.capacity = perMinute;
        this.tokensPerNano = perMinute / (double) Duration.ofMinutes(1).toNanos();
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
        this.buckets = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(10)).build();
    }

    /** Takes one token for the key; empty when granted, else how long until one is free. */
    Optional<Duration> tryAcquire(String key) {
        Bucket bucket = buckets.get(key, k -> new Bucket(capacity, clock.now()));
        synchronized (bucket) {
            Instant now = clock.now();
            long elapsed = Math.max(0, Duration.between(bucket.updated, now).toNanos());
            bucket.tokens = Math.min(capacity, bucket.tokens + elapsed * tokensPerNano);
            bucket.updated = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return Optional.empty();
            }
            return Optional.of(Duration.ofNanos((long) Math.ceil((1 - bucket.tokens) / tokensPerNano)));
        }
    }

    private static final class Bucket {
        double tokens;
        Instant updated;

        Bucket(double tokens, Instant updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }
}
