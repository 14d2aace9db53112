package com.cumulus.commerce.devhost.triggers;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;

/** A Functions retry policy (host.json {@code retry}): {@code none}, {@code fixedDelay} or {@code exponentialBackoff}. */
public record RetryPolicy(String strategy, int maxRetryCount, Duration delayInterval, Duration minimumInterval,
        Duration maximumInterval) {

    public static RetryPolicy none() {
        return new RetryPolicy("none", 0, Duration.ZERO, Duration.ZERO, Duration.ZERO);
    }

    public static RetryPolicy fixedDelay(int maxRetryCount, Duration delay) {
        return new RetryPolicy("fixedDelay", maxRetryCount, delay, Duration.ZERO, Duration.ZERO);
    }

    public static RetryPolicy exponentialBackoff(int maxRetryCount, Duration min, Duration max) {
        return new RetryPolicy("exponentialBackoff", maxRetryCount, Duration.ZERO, min, max);
    }

    public static RetryPolicy fromHostJson(JsonNode hostJson) {
        return none();
    }

    public Duration delayBefore(int retryNumber) {
        return Duration.ZERO;
    }
}
