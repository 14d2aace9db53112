package com.cumulus.commerce.payments;

import com.cumulus.commerce.platform.config.AppSettings;
import java.time.Duration;
import java.util.Objects;

/** The payments app's settings, read once at start (names as in {@code local.settings.sample.json}). */
public record PaymentsSettings(String serviceAudience, String database, String gateway, String apiBaseUrl,
                               String webhookUrl, Duration pspTimeout, Duration simWebhookDelay,
                               long refundApprovalThreshold, Duration webhookTolerance) {

    public static final String SIMULATED = "simulated";

    public PaymentsSettings {
        if (database == null || database.isBlank()) {
            throw new IllegalArgumentException("'database' must not be blank");
        }
        Objects.requireNonNull(serviceAudience, "'serviceAudience' must not be null");
        if (!SIMULATED.equals(gateway)) {
            throw new IllegalArgumentException("'gateway' must be " + SIMULATED + " (the only PSP adapter so far)");
        }
        apiBaseUrl = apiBaseUrl == null ? "" : apiBaseUrl.trim();
        webhookUrl = webhookUrl == null ? "" : webhookUrl.trim();
        requirePositive(pspTimeout, "pspTimeout");
        Objects.requireNonNull(simWebhookDelay, "'simWebhookDelay' must not be null");
        requirePositive(webhookTolerance, "webhookTolerance");
        if (refundApprovalThreshold < 0) {
            throw new IllegalArgumentException("'refundApprovalThreshold' must not be negative");
        }
    }

    public static PaymentsSettings from(AppSettings settings) {
        return new PaymentsSettings(
                settings.get("PAYMENTS_SERVICE_AUDIENCE", "api://cumulus-payments"),
                settings.get("PAYMENTS_DATABASE", "commerce"),
                settings.get("PAYMENTS_GATEWAY", SIMULATED).trim(),
                settings.get("PAYMENTS_API_BASE_URL", ""),
                settings.get("PAYMENTS_WEBHOOK_URL", ""),
                Duration.ofMillis(settings.getInt("PAYMENTS_PSP_TIMEOUT_MS", 2000)),
                Duration.ofMillis(settings.getInt("PAYMENTS_SIM_WEBHOOK_DELAY_MS", 300)),
                longSetting(settings, "PAYMENTS_REFUND_APPROVAL_THRESHOLD", 10_000),
                Duration.ofSeconds(settings.getInt("PAYMENTS_WEBHOOK_TOLERANCE_SECONDS", 300)));
    }

    private static long longSetting(AppSettings settings, String name, long defaultValue) {
        return settings.get(name).map(v -> {
            try {
                return Long.parseLong(v.trim());
            } catch (NumberFormatException e) {
                throw new IllegalStateException("app setting '" + name + "' must be an integer", e);
            }
        }).orElse(defaultValue);
    }

    private static void requirePositive(Duration value, String name) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("'" + name + "' must be positive");
        }
    }
}
