package com.cumulus.commerce.catalog;

import com.cumulus.commerce.platform.config.AppSettings;
import java.time.Duration;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * The catalog app's settings, read once at start (names as in {@code local.settings.sample.json}).
 * {@code reservationSweepSchedule} is what the host reads itself for the sweep's timer
 * ({@code %CATALOG_RESERVATION_SWEEP_SCHEDULE%}); it is checked here so a malformed one fails the start.
 */
public record CatalogSettings(String database, boolean seedDemo, String defaultCurrency, Duration reservationTtl,
                              String reservationSweepSchedule) {

    public static final Duration DEFAULT_RESERVATION_TTL = Duration.ofSeconds(900);
    public static final String DEFAULT_SWEEP_SCHEDULE = "0 */1 * * * *";

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
        Objects.requireNonNull(reservationTtl, "'reservationTtl' must not be null");
        if (reservationTtl.isNegative() || reservationTtl.isZero()) {
            throw new IllegalArgumentException("'reservationTtl' must be positive");
        }
        // NCRONTAB with seconds, as Azure Functions timers take it: six fields
        if (reservationSweepSchedule == null || reservationSweepSchedule.isBlank()
                || reservationSweepSchedule.trim().split("\\s+").length != 6) {
            throw new IllegalArgumentException("'reservationSweepSchedule' must be a six-field NCRONTAB expression");
        }
    }

    public CatalogSettings(String database, boolean seedDemo, String defaultCurrency) {
        this(database, seedDemo, defaultCurrency, DEFAULT_RESERVATION_TTL, DEFAULT_SWEEP_SCHEDULE);
    }

    public static CatalogSettings from(AppSettings settings) {
        var seed = settings.get("CATALOG_SEED_DEMO", "false").trim().toLowerCase(Locale.ROOT);
        if (!seed.equals("true") && !seed.equals("false")) {
            throw new IllegalStateException("app setting 'CATALOG_SEED_DEMO' must be true or false");
        }
        return new CatalogSettings(settings.get("CATALOG_DATABASE", "commerce"), seed.equals("true"),
                settings.get("CATALOG_DEFAULT_CURRENCY", "EUR").trim(), reservationTtl(settings),
                sweepSchedule(settings));
    }

    private static String sweepSchedule(AppSettings settings) {
        var schedule = settings.get("CATALOG_RESERVATION_SWEEP_SCHEDULE", DEFAULT_SWEEP_SCHEDULE).trim();
        if (schedule.split("\\s+").length != 6) {
            throw new IllegalStateException(
                    "app setting 'CATALOG_RESERVATION_SWEEP_SCHEDULE' must be a six-field NCRONTAB expression");
        }
        return schedule;
    }

    private static Duration reservationTtl(AppSettings settings) {
        var text = settings.get("CATALOG_RESERVATION_TTL_SECONDS", String.valueOf(DEFAULT_RESERVATION_TTL.toSeconds()))
                .trim();
        try {
            long seconds = Long.parseLong(text);
            if (seconds >= 1 && seconds <= Duration.ofDays(1).toSeconds()) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // refused below with the setting's name
        }
        throw new IllegalStateException("app setting 'CATALOG_RESERVATION_TTL_SECONDS' must be 1 to 86400 seconds");
    }
}
