package com.cumulus.commerce.orders;

import com.cumulus.commerce.platform.config.AppSettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * The orders app's settings, read once at start (names as in {@code local.settings.sample.json}).
 *
 * @param catalogApiBaseUrl the catalog's public API, e.g. {@code http://127.0.0.1:7071/api}; empty until set
 *                          (devhost fills it with its own address), and then a checkout answers 503
 */
public record OrdersSettings(String serviceAudience, String database, String defaultCurrency,
                             Optional<String> catalogApiBaseUrl, Duration idempotencyTimeToLive) {

    public OrdersSettings {
        requireText(serviceAudience, "serviceAudience");
        requireText(database, "database");
        Objects.requireNonNull(defaultCurrency, "'defaultCurrency' must not be null");
        try {
            Currency.getInstance(defaultCurrency);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'defaultCurrency' must be an ISO 4217 code", e);
        }
        Objects.requireNonNull(catalogApiBaseUrl, "'catalogApiBaseUrl' must not be null");
        catalogApiBaseUrl.ifPresent(OrdersSettings::requireHttpUrl);
        Objects.requireNonNull(idempotencyTimeToLive, "'idempotencyTimeToLive' must not be null");
        if (idempotencyTimeToLive.isNegative() || idempotencyTimeToLive.isZero()) {
            throw new IllegalArgumentException("'idempotencyTimeToLive' must be positive");
        }
    }

    public static OrdersSettings from(AppSettings settings) {
        var hours = settings.getInt("ORDERS_IDEMPOTENCY_TTL_HOURS", 24);
        if (hours < 1) {
            throw new IllegalStateException("app setting 'ORDERS_IDEMPOTENCY_TTL_HOURS' must be at least 1");
        }
        return new OrdersSettings(settings.get("ORDERS_SERVICE_AUDIENCE", "api://cumulus-orders").trim(),
                settings.get("ORDERS_DATABASE", "commerce").trim(),
                settings.get("ORDERS_DEFAULT_CURRENCY", "EUR").trim(),
                settings.get("CATALOG_API_BASE_URL").map(String::trim),
                Duration.ofHours(hours));
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("'" + name + "' must not be blank");
        }
    }

    private static void requireHttpUrl(String url) {
        try {
            var uri = new URI(url);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("'catalogApiBaseUrl' must be an http(s) URL: " + url);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'catalogApiBaseUrl' must be an http(s) URL: " + url, e);
        }
    }
}
