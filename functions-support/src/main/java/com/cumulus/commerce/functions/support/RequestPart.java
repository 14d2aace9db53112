package com.cumulus.commerce.functions.support;

import com.microsoft.azure.functions.HttpRequestMessage;
import java.util.Optional;

/** One thing a route reads off its request (the body, the query, a header) into a value, or the problem with it. */
@FunctionalInterface
public interface RequestPart<T> {

    Parsed<T> read(HttpRequestMessage<Optional<String>> request);
}
