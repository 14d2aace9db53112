package com.cumulus.commerce.catalog;

import com.cumulus.commerce.platform.config.AppSettings;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/** The catalog app's settings, read once at start (names as in {@code local.settings.sample.json}). */
public record CatalogSettings(String database, boolean seedDemo, String defaultCurrency) {

    public CatalogSettings {
        if (database == null || database.isBlank()) {
            throw new IllegalArgumentException("'database' must not be blank");
        }
        Objects.requireNonNull(defaultCurrency, "'defaultCurrency' must not be null");
        try {
            Currency.getInstance(defaultCurrency);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'defaultCurrency' must be an ISO 4217 code", e);
        }
    }

    public static CatalogSettings from(AppSettings settings) {
        var seed = settings.get("CATALOG_SEED_DEMO", "false").trim().toLowerCase(Locale.ROOT);
        if (!seed.equals("true") && !seed.equals("false")) {
            throw new IllegalStateException("app setting 'CATALOG_SEED_DEMO' must be true or false");
        }
        return new CatalogSettings(settings.get("CATALOG_DATABASE", "commerce"), seed.equals("true"),
                settings.get("CATALOG_DEFAULT_CURRENCY", "EUR").trim());
    }
}
