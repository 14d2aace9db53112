package com.cumulus.commerce.functions.support;

import java.util.Optional;
import com.microsoft.azure.functions.HttpRequestMessage;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * Header lookup that ignores case, as HTTP does. Hosts differ in how they key the map (Azure's Java worker hands
 * over lower-case names, devhost a case-insensitive map), so try the direct lookups before walking the entries.
 */
public final class RequestHeaders {

    private RequestHeaders() {
    }

    /** The header's value when the request carries one that is not blank. */
    public static Optional<String> find(HttpRequestMessage<?> request, String name) {
        return Optional.ofNullable(get(request, name)).filter(value -> !value.isBlank());
    }

    /** The header's value, or null when the request does not carry it. */
    public static String get(HttpRequestMessage<?> request, String name) {
        Map<String, String> headers = request.getHeaders();
        String value = headers.get(name);
        if (value != null) {
            return value;
        }
        value = headers.get(name.toLowerCase(Locale.ROOT));
        if (value != null || ignoresCase(headers)) {
            return value;
        }
        for (var entry : headers.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                return entry.getValue();
            }
        }
        return null;
    }

    private static boolean ignoresCase(Map<String, String> headers) {
        return headers instanceof SortedMap<String, String> sorted
                && sorted.comparator() == String.CASE_INSENSITIVE_ORDER;
    }
}
