package com.cumulus.commerce.orders.functions;

import com.cumulus.commerce.functions.support.RequestPart;
import com.cumulus.commerce.functions.support.RequestParts;
import java.util.Optional;

/** The headers the order and cart routes pass on to their use cases. */
final class OrderHeaders {

    /** The W3C trace context, carried into the events an order change writes. */
    static final RequestPart<Optional<String>> TRACEPARENT =
            RequestParts.headers(header -> header.apply("traceparent"));

    /** The cart version a write replaces. */
    static final RequestPart<Optional<String>> IF_MATCH = RequestParts.headers(header -> header.apply("If-Match"));

    private OrderHeaders() {
    }
}
