package com.cumulus.commerce.devhost.triggers;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Objects;

/**
 * A Functions retry policy (host.json {@code retry}): {@code none}, {@code fixedDelay} or
 * {@code exponentialBackoff}. A {@code maxRetryCount} of -1 retries forever.
 */
public record RetryPolicy(String strategy, int maxRetryCount, Duration delayInterval, Duration minimumInterval,
        Duration maximumInterval) {

    static final String NONE = "none";
    static final String FIXED_DELAY = "fixedDelay";
    static final String EXPONENTIAL_BACKOFF = "exponentialBackoff";

    /** Doubling past this many retries would overflow; every interval is capped long before. */
    private static final int MAX_DOUBLINGS = 30;

    public RetryPolicy {
        Objects.requireNonNull(strategy, "'strategy' must not be null");
        Objects.requireNonNull(delayInterval, "'delayInterval' must not be null");
        Objects.requireNonNull(minimumInterval, "'minimumInterval' must not be null");
        Objects.requireNonNull(maximumInterval, "'maximumInterval' must not be null");
        if (!strategy.equals(NONE) && !strategy.equals(FIXED_DELAY) && !strategy.equals(EXPONENTIAL_BACKOFF)) {
            throw new IllegalArgumentException(
                    "'strategy' must be none, fixedDelay or exponentialBackoff, was '" + strategy + "'");
        }
        if (maxRetryCount < -1) {
            throw new IllegalArgumentException("'maxRetryCount' must be -1 (forever) or more, was " + maxRetryCount);
        }
        if (strategy.equals(NONE) && maxRetryCount != 0) {
            throw new IllegalArgumentException("'maxRetryCount' must be 0 for strategy none");
        }
        if (delayInterval.isNegative() || minimumInterval.isNegative() || maximumInterval.isNegative()) {
            throw new IllegalArgumentException("'delayInterval', 'minimumInterval' and 'maximumInterval' must not be negative");
        }
        if (minimumInterval.compareTo(maximumInterval) > 0) {
            throw new IllegalArgumentException("'minimumInterval' must not exceed 'maximumInterval'");
        }
    }

    public static RetryPolicy none() {
        return new RetryPolicy(NONE, 0, Duration.ZERO, Duration.ZERO, Duration.ZERO);
    }

    public static RetryPolicy fixedDelay(int maxRetryCount, Duration delay) {
        return new RetryPolicy(FIXED_DELAY, maxRetryCount, delay, Duration.ZERO, Duration.ZERO);
    }

    public static RetryPolicy exponentialBackoff(int maxRetryCount, Duration min, Duration max) {
        return new RetryPolicy(EXPONENTIAL_BACKOFF, maxRetryCount, Duration.ZERO, min, max);
    }

    /**
     * The host-wide policy from the top-level {@code retry} block of host.json, or {@link #none()} when there is
     * no such block. Intervals are TimeSpans ({@code "00:00:05"}); the strategy name ignores case.
     *
     * @throws IllegalArgumentException when the block is malformed, naming the property
     */
    public static RetryPolicy fromHostJson(JsonNode hostJson) {
        Objects.requireNonNull(hostJson, "'hostJson' must not be null");
        JsonNode retry = hostJson.path("retry");
        if (retry.isMissingNode() || retry.isNull()) {
            return none();
        }
        String strategy = retry.path("strategy").asText("");
        JsonNode count = retry.path("maxRetryCount");
        if (!count.canConvertToInt()) {
            throw new IllegalArgumentException("'retry.maxRetryCount' must be an integer");
        }
        if (strategy.equalsIgnoreCase(FIXED_DELAY)) {
            return fixedDelay(count.asInt(), interval(retry, "delayInterval"));
        }
        if (strategy.equalsIgnoreCase(EXPONENTIAL_BACKOFF)) {
            return exponentialBackoff(count.asInt(), interval(retry, "minimumInterval"), interval(retry, "maximumInterval"));
        }
        throw new IllegalArgumentException(
                "'retry.strategy' must be fixedDelay or exponentialBackoff, was '" + strategy + "'");
    }

    private static Duration interval(JsonNode retry, String property) {
        return TimeSpans.parse(retry.path(property).asText(null), "retry." + property);
    }

    /** Whether a retry with this number (1 for the first retry) is allowed. */
    boolean allows(int retryNumber) {
        return retryNumber >= 1 && (maxRetryCount == -1 || retryNumber <= maxRetryCount);
    }

    /**
     * The wait before retry number {@code retryNumber} (1 for the first retry): the fixed delay, or the minimum
     * interval doubled per earlier retry, capped at the maximum interval.
     */
    public Duration delayBefore(int retryNumber) {
        if (!allows(retryNumber)) {
            throw new IllegalArgumentException("'retryNumber' must be between 1 and " + describeMax() + ", was " + retryNumber);
        }
        if (strategy.equals(FIXED_DELAY)) {
            return delayInterval;
        }
        Duration doubled = minimumInterval.multipliedBy(1L << Math.min(retryNumber - 1, MAX_DOUBLINGS));
        return doubled.compareTo(maximumInterval) > 0 ? maximumInterval : doubled;
    }

    private String describeMax() {
        return maxRetryCount == -1 ? "unbounded" : Integer.toString(maxRetryCount);
    }
}
