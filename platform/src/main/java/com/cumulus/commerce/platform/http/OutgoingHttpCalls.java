package com.cumulus.commerce.platform.http;

import java.net.http.HttpClient;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * How many HTTP requests this process has sent, per caller (an app's adapter, the workflows): the checkout
 * benchmark reports them per confirmed order. Process-wide, as the JVM's own counters are, because each app
 * builds its client on its own; a count is one {@link LongAdder} increment per request, retries included.
 */
public final class OutgoingHttpCalls {

    private static final Map<String, LongAdder> SENT = new ConcurrentHashMap<>();

    private OutgoingHttpCalls() {
    }

    /** {@code client}, counting every request it sends under {@code caller}. */
    public static HttpClient counted(String caller, HttpClient client) {
        Objects.requireNonNull(caller, "'caller' must not be null");
        Objects.requireNonNull(client, "'client' must not be null");
        return new CountingHttpClient(client, SENT.computeIfAbsent(caller, name -> new LongAdder()));
    }

    /** Requests sent so far, by caller, in name order. */
    public static Map<String, Long> sent() {
        var counts = new TreeMap<String, Long>();
        SENT.forEach((caller, count) -> counts.put(caller, count.sum()));
        return counts;
    }
}
