package com.cumulus.commerce.functions.support;

import com.cumulus.commerce.platform.http.Problem;
import com.cumulus.commerce.platform.kernel.Checked;
import com.microsoft.azure.functions.HttpRequestMessage;
import java.util.Optional;

/** One thing a route reads off its request (the body, the query, a header) into a value, or the problem with it. */
@FunctionalInterface
public interface RequestPart<T> {

    Checked<T, Problem> read(HttpRequestMessage<Optional<String>> request);
}
