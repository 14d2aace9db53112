package com.cumulus.commerce.catalog.functions;

import com.cumulus.commerce.catalog.application.Preconditions;
import com.cumulus.commerce.functions.support.RequestPart;
import com.cumulus.commerce.functions.support.RequestParts;

/** The catalog writes' {@code If-Match} and {@code If-None-Match}, as the use cases take them. */
final class ConditionalHeaders {

    static final RequestPart<Preconditions> PRECONDITIONS = RequestParts.headers(header ->
            new Preconditions(header.apply("If-Match").orElse(null), header.apply("If-None-Match").orElse(null)));

    private ConditionalHeaders() {
    }
}
