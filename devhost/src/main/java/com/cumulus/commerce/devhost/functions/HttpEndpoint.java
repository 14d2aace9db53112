package com.cumulus.commerce.devhost.functions;

import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.TraceContext;
import com.microsoft.azure.functions.annotation.AuthorizationLevel;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** An HTTP-triggered function as the HTTP host sees it: route, methods, auth level, body reading, the call. */
public final class HttpEndpoint {

    private final BoundFunction function;
    private final String route;
    private final Set<String> methods;
    private final AuthorizationLevel authLevel;
    private final HttpBodyReader body;

    HttpEndpoint(Binding binding) {
        this.function = binding.function();
        this.route = binding.properties().get("route");
        var listed = binding.properties().get("methods");
        this.methods = listed.isEmpty() ? Set.of()
                : Arrays.stream(listed.split(",")).collect(Collectors.toUnmodifiableSet());
        this.authLevel = AuthorizationLevel.valueOf(binding.properties().get("authLevel"));
        this.body = binding.httpBody();
    }

    public String functionName() {
        return function.name();
    }

    /** The route template without the route prefix, e.g. {@code products/{sku:alpha}}. */
    public String route() {
        return route;
    }

    /** Upper-case method names; empty means every method. */
    public Set<String> methods() {
        return methods;
    }

    public AuthorizationLevel authLevel() {
        return authLevel;
    }

    /**
     * The request body as the function's {@code HttpRequestMessage<T>} takes it.
     *
     * @throws IllegalArgumentException when it does not parse as the function's POJO type
     */
    public Object readBody(byte[] bytes) {
        return body.read(bytes);
    }

    /**
     * Calls the function.
     *
     * @return what it returned (usually an {@code HttpResponseMessage}); null when it returned nothing
     * @throws Exception whatever the function threw; already logged with its stack trace
     */
    public Object invoke(String invocationId, HttpRequestMessage<?> request, Map<String, String> routeValues,
            TraceContext trace) throws Exception {
        return function.invoke(invocationId, request, routeValues, trace, 0);
    }

    /** The trace context for a request carrying these W3C headers (either may be null). */
    public static TraceContext traceContext(String traceparent, String tracestate) {
        return DevHostTraceContext.from(traceparent, tracestate);
    }
}
