package com.cumulus.commerce.devhost;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a host has done since it started, as the checkout benchmark reports it per confirmed order.
 *
 * @param requestsServed every request devhost's HTTP host served (functions, workflow triggers, its own routes)
 * @param workflowRunWrites documents written to the {@code workflow-runs} container
 * @param outgoingHttpCalls HTTP requests sent by the apps and the workflows, by caller (process-wide)
 */
public record HostCounts(long requestsServed, long workflowRunWrites, Map<String, Long> outgoingHttpCalls) {

    public HostCounts {
        outgoingHttpCalls = Map.copyOf(outgoingHttpCalls);
    }

    /** What happened between {@code earlier} and this. */
    public HostCounts minus(HostCounts earlier) {
        var calls = new TreeMap<String, Long>();
        outgoingHttpCalls.forEach((caller, count) ->
                calls.put(caller, count - earlier.outgoingHttpCalls.getOrDefault(caller, 0L)));
        return new HostCounts(requestsServed - earlier.requestsServed, workflowRunWrites - earlier.workflowRunWrites,
                calls);
    }

    public long outgoingHttpCallsInAll() {
        return outgoingHttpCalls.values().stream().mapToLong(Long::longValue).sum();
    }
}
