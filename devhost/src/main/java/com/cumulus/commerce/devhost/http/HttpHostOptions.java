package com.cumulus.commerce.devhost.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How the HTTP host runs: the loopback port (0 picks a free one), the route prefix, the request body limit,
 * the longest an invocation may take, the keys, and what {@code /admin/host/status} reports.
 */
public record HttpHostOptions(int port, String routePrefix, long maxRequestBytes, Duration invocationTimeout,
        FunctionKeys keys, String version, int functionCount) {

    public HttpHostOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("'port' must be between 0 and 65535");
        }
        Objects.requireNonNull(routePrefix, "'routePrefix' must not be null");
        if (maxRequestBytes < 0) {
            throw new IllegalArgumentException("'maxRequestBytes' must not be negative");
        }
        Objects.requireNonNull(invocationTimeout, "'invocationTimeout' must not be null");
        Objects.requireNonNull(keys, "'keys' must not be null");
        Objects.requireNonNull(version, "'version' must not be null");
    }
}
