package com.cumulus.commerce.devhost.http;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The CORS answers for one configuration: which headers a preflight or an actual request from an origin
 * gets. An origin outside the allow-list gets none, so the browser keeps the response from the page.
 */
final class Cors {

    /** Long enough to spare a preflight per call, short enough that a changed allow-list shows soon. */
    static final int MAX_AGE_SECONDS = 600;
    static final String EXPOSED_HEADERS = "ETag, Location, Retry-After, WWW-Authenticate";
    private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    private final CorsSettings settings;
    private final Set<String> origins;

    Cors(CorsSettings settings) {
        this.settings = settings;
        this.origins = Set.copyOf(settings.allowedOrigins());
    }

    /** Whether an origin may read responses; false for a missing origin. */
    boolean allows(String origin) {
        return origin != null && (origins.contains(CorsSettings.ANY)
                || origins.contains(CorsSettings.normalise(origin)));
    }

    /** Whether the answer depends on the Origin header, which caches must be told with {@code Vary: Origin}. */
    boolean variesByOrigin() {
        return !origins.isEmpty() && !origins.contains(CorsSettings.ANY);
    }

    /** Headers for an actual (non-preflight) request; empty when the origin is not allowed. */
    Map<String, String> actual(String origin) {
        if (!allows(origin)) {
            return Map.of();
        }
        var headers = allowOrigin(origin);
        headers.put("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        return headers;
    }

    /**
     * Headers for a preflight to a resource taking {@code methods}; empty when the origin is not allowed.
     * Requested headers are echoed (Azure's CORS allows any request header); anything that is not a header
     * name is dropped rather than reflected.
     */
    Map<String, String> preflight(String origin, Set<String> methods, String requestedHeaders) {
        if (!allows(origin)) {
            return Map.of();
        }
        var headers = allowOrigin(origin);
        headers.put("Access-Control-Allow-Methods", String.join(", ", methods));
        if (requestedHeaders != null) {
            var echoed = Arrays.stream(requestedHeaders.split(",")).map(String::trim)
                    .filter(name -> HEADER_NAME.matcher(name).matches())
                    .collect(Collectors.joining(", "));
            if (!echoed.isEmpty()) {
                headers.put("Access-Control-Allow-Headers", echoed);
            }
        }
        headers.put("Access-Control-Max-Age", Integer.toString(MAX_AGE_SECONDS));
        return headers;
    }

    private Map<String, String> allowOrigin(String origin) {
        var headers = new LinkedHashMap<String, String>();
        var wildcard = !settings.supportCredentials() && origins.contains(CorsSettings.ANY);
        headers.put("Access-Control-Allow-Origin", wildcard ? CorsSettings.ANY : origin);
        if (settings.supportCredentials()) {
            headers.put("Access-Control-Allow-Credentials", "true");
        }
        return headers;
    }
}
