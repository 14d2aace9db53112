package com.cumulus.commerce.orders;

import com.cumulus.commerce.platform.config.AppSettings;
import com.cumulus.commerce.platform.identity.IdentitySettings;
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
 * @param identity          the issuer that grants this app's service tokens; empty without {@code IDENTITY_ISSUER}
 *                          (then a checkout cannot ask the catalog, and answers 503)
 * @param catalogAudience   the catalog's service audience, asked for the token of its price lookup
 * @param clientId          this app's client id at the issuer ({@code ORDERS_CLIENT_ID})
 * @param clientSecret      its client secret ({@code ORDERS_CLIENT_SECRET}, a Key Vault reference in Azure)
 */
public record OrdersSettings(String serviceAudience, String database, String defaultCurrency,
                             Optional<String> catalogApiBaseUrl, Duration idempotencyTimeToLive,
                             Optional<IdentitySettings> identity, String catalogAudience, String clientId,
                             Optional<String> clientSecret) {

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
        Objects.requireNonNull(identity, "'identity' must not be null");
        requireText(catalogAudience, "catalogAudience");
        requireText(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "'clientSecret' must not be null");
    }

    /** Never shows the client secret. */
    @Override
    public String toString() {
        return "OrdersSettings[serviceAudience=" + serviceAudience + ", database=" + database + ", defaultCurrency="
                + defaultCurrency + ", catalogApiBaseUrl=" + catalogApiBaseUrl + ", idempotencyTimeToLive="
                + idempotencyTimeToLive + ", identity=" + identity + ", catalogAudience=" + catalogAudience
                + ", clientId=" + clientId + ", clientSecret=" + (clientSecret.isPresent() ? "***" : "none") + "]";
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
                Duration.ofHours(hours),
                settings.get(IdentitySettings.ISSUER).filter(issuer -> !issuer.isBlank())
                        .map(issuer -> IdentitySettings.from(settings)),
                settings.get("CATALOG_SERVICE_AUDIENCE", "api://cumulus-catalog").trim(),
                settings.get("ORDERS_CLIENT_ID", "cumulus-orders").trim(),
                settings.get("ORDERS_CLIENT_SECRET").filter(secret -> !secret.isBlank()));
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
