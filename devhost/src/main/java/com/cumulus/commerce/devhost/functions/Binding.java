package com.cumulus.commerce.devhost.functions;

import com.cumulus.commerce.devhost.triggers.RetryPolicy;
import java.util.Map;

/**
 * A validated function: the callable, its trigger's resolved properties (queue names, route, schedule...),
 * its retry policy, whether its trigger takes batches, and for HTTP how to read the request body.
 */
record Binding(BoundFunction function, Map<String, String> properties, RetryPolicy retry, boolean many,
        HttpBodyReader httpBody) {
}
