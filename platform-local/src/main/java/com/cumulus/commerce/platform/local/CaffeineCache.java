package com.cumulus.commerce.platform.local;

import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The in-process stand-in for Azure Cache for Redis: bounded, each entry with its own time to live. Time
 * comes from the platform clock so that a test can expire entries by moving a manual clock.
 */
final class CaffeineCache implements Cache {

    private final com.github.benmanes.caffeine.cache.Cache<String, Entry> entries;

    CaffeineCache(long maximumSize, Clock clock) {
        if (maximumSize < 1) {
            throw new IllegalArgumentException("'maximumSize' must be at least 1");
        }
        Objects.requireNonNull(clock, "'clock' must not be null");
        this.entries = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .expireAfter(new PerEntryTtl())
                .ticker(() -> nanos(clock.now()))
                .executor(Runnable::run)
                .build();
    }

    @Override
    public Optional<String> get(String key) {
        checkKey(key);
        return Optional.ofNullable(entries.getIfPresent(key)).map(Entry::value);
    }

    @Override
    public void put(String key, String value, Duration timeToLive) {
        checkKey(key);
        Objects.requireNonNull(value, "'value' must not be null");
        Objects.requireNonNull(timeToLive, "'timeToLive' must not be null");
        if (timeToLive.isZero() || timeToLive.isNegative()) {
            throw new IllegalArgumentException("'timeToLive' must be positive");
        }
        entries.put(key, new Entry(value, timeToLive));
    }

    @Override
    public void delete(String key) {
        checkKey(key);
        entries.invalidate(key);
    }

    private static void checkKey(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("'key' must not be empty");
        }
    }

    private static long nanos(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    }

    private record Entry(String value, Duration timeToLive) {
    }

    /** Every write starts the entry's own TTL afresh; reads do not extend it (as Redis SET with EX). */
    private static final class PerEntryTtl implements Expiry<String, Entry> {

        @Override
        public long expireAfterCreate(String key, Entry entry, long currentTime) {
            return saturatedNanos(entry.timeToLive());
        }

        @Override
        public long expireAfterUpdate(String key, Entry entry, long currentTime, long currentDuration) {
            return saturatedNanos(entry.timeToLive());
        }

        @Override
        public long expireAfterRead(String key, Entry entry, long currentTime, long currentDuration) {
            return currentDuration;
        }

        private static long saturatedNanos(Duration duration) {
            try {
                return duration.toNanos();
            } catch (ArithmeticException e) {
                return Long.MAX_VALUE;
            }
        }
    }
}
