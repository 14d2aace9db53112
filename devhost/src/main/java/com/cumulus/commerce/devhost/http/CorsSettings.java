package com.cumulus.commerce.devhost.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A Function App's CORS configuration: the allowed origins and whether credentials are supported. In Azure
 * this is platform configuration of the app; locally it comes from the {@code Host} section of
 * local.settings.json ({@code CORS}, {@code CORSCredentials}), as in the Functions Core Tools.
 */
public record CorsSettings(List<String> allowedOrigins, boolean supportCredentials) {

    static final String ANY = "*";

    public CorsSettings {
        allowedOrigins = List.copyOf(Objects.requireNonNull(allowedOrigins, "'allowedOrigins' must not be null"));
        for (var origin : allowedOrigins) {
            requireOrigin(origin);
        }
        // Azure refuses this combination too: a credentialed request may never be answered for every origin.
        if (supportCredentials && allowedOrigins.contains(ANY)) {
            throw new IllegalArgumentException("CORS origin '*' cannot be combined with support for credentials");
        }
    }

    public static CorsSettings none() {
        return new CorsSettings(List.of(), false);
    }

    /** The comma-separated form of local.settings.json's {@code Host.CORS}; blanks are skipped. */
    public static CorsSettings parse(String origins, boolean supportCredentials) {
        var list = origins == null ? List.<String>of() : Arrays.stream(origins.split(","))
                .map(String::trim).filter(o -> !o.isEmpty()).map(CorsSettings::normalise).toList();
        return new CorsSettings(list, supportCredentials);
    }

    /** Origins compare as browsers send them: scheme and host in lower case, no trailing slash. */
    static String normalise(String origin) {
        var trimmed = origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
        return trimmed.toLowerCase(Locale.ROOT);
    }

    private static void requireOrigin(String origin) {
        if (origin.equals(ANY)) {
            return;
        }
        try {
            var uri = new URI(origin);
            var schemeOk = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
            var bare = uri.getRawPath() == null || uri.getRawPath().isEmpty();
            if (schemeOk && uri.getHost() != null && bare && uri.getRawQuery() == null && uri.getRawFragment() == null
                    && uri.getRawUserInfo() == null) {
                return;
            }
        } catch (URISyntaxException e) {
            // reported below with the offending value
        }
        throw new IllegalArgumentException("CORS origin '" + origin
                + "' must be '*' or scheme://host[:port] (http or https, no path)");
    }
}
