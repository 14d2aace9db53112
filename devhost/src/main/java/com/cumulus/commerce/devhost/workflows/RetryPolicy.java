package com.cumulus.commerce.devhost.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An action's {@code retryPolicy}. Absent means Logic Apps' default: exponential, 4 retries, intervals scaled by
 * 7.5 s and capped between 5 and 45 s.
 */
record RetryPolicy(String type, int count, Duration interval, Duration minimum, Duration maximum) {

    static final RetryPolicy DEFAULT = new RetryPolicy("exponential", 4, Duration.ofMillis(7500),
            Duration.ofSeconds(5), Duration.ofSeconds(45));
    static final RetryPolicy NONE = new RetryPolicy("none", 0, Duration.ZERO, Duration.ZERO, Duration.ZERO);

    static RetryPolicy of(JsonNode policy) {
        if (policy == null || policy.isMissingNode() || policy.isNull()) {
            return DEFAULT;
        }
        var type = policy.path("type").asText("").toLowerCase(java.util.Locale.ROOT);
        return switch (type) {
            case "none" -> NONE;
            case "fixed" -> new RetryPolicy("fixed", policy.path("count").asInt(DEFAULT.count),
                    Durations.parse(policy.path("interval").asText(null), Duration.ofSeconds(20)), Duration.ZERO,
                    Duration.ofDays(1));
            case "exponential" -> new RetryPolicy("exponential", policy.path("count").asInt(DEFAULT.count),
                    Durations.parse(policy.path("interval").asText(null), DEFAULT.interval),
                    Durations.parse(policy.path("minimumInterval").asText(null), DEFAULT.minimum),
                    Durations.parse(policy.path("maximumInterval").asText(null), Duration.ofDays(1)));
            default -> throw new IllegalArgumentException("retryPolicy type '" + type
                    + "' must be exponential, fixed or none");
        };
    }

    static boolean retryable(int statusCode) {
        return statusCode == 408 || statusCode == 429 || statusCode >= 500;
    }

    /** The wait before retry {@code retry} (1 for the first retry). */
    Duration delay(int retry) {
        if (type.equals("fixed")) {
            return interval;
        }
        double scale = Math.pow(2, retry - 1) * ThreadLocalRandom.current().nextDouble(0.8, 1.2);
        long millis = (long) (interval.toMillis() * scale);
        return Duration.ofMillis(Math.max(minimum.toMillis(), Math.min(maximum.toMillis(), millis)));
    }
}
