package com.cumulus.commerce.devhost.functions;

import com.microsoft.azure.functions.TraceContext;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/** A W3C trace context: the caller's {@code traceparent} when it is well formed, a new trace otherwise. */
record DevHostTraceContext(String traceparent, String tracestate) implements TraceContext {

    private static final Pattern TRACEPARENT = Pattern.compile("[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");

    static DevHostTraceContext from(String traceparent, String tracestate) {
        if (traceparent != null && TRACEPARENT.matcher(traceparent).matches()) {
            return new DevHostTraceContext(traceparent, tracestate == null ? "" : tracestate);
        }
        var random = ThreadLocalRandom.current();
        var id = new StringBuilder(55).append("00-");
        hex(id, random.nextLong());
        hex(id, random.nextLong());
        id.append('-');
        hex(id, random.nextLong());
        return new DevHostTraceContext(id.append("-01").toString(), "");
    }

    private static void hex(StringBuilder out, long value) {
        var digits = Long.toHexString(value);
        out.append("0".repeat(16 - digits.length())).append(digits);
    }

    @Override
    public String getTraceparent() {
        return traceparent;
    }

    @Override
    public String getTracestate() {
        return tracestate;
    }

    @Override
    public Map<String, String> getAttributes() {
        return Map.of();
    }
}
