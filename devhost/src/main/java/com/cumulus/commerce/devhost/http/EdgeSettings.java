package com.cumulus.commerce.devhost.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the host adds around every response, whoever writes it: host.json's
 * {@code extensions.http.customHeaders} and the app's CORS settings.
 */
public record EdgeSettings(Map<String, String> customHeaders, CorsSettings cors) {

    public EdgeSettings {
        Objects.requireNonNull(customHeaders, "'customHeaders' must not be null");
        Objects.requireNonNull(cors, "'cors' must not be null");
        // kept in host.json's order, so responses list the headers as the file does
        customHeaders = Collections.unmodifiableMap(new LinkedHashMap<>(customHeaders));
    }

    public static EdgeSettings none() {
        return new EdgeSettings(Map.of(), CorsSettings.none());
    }
}
