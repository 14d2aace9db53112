package com.cumulus.commerce.devhost.workflows;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/** ISO 8601 durations as workflow definitions write them ({@code PT30S}, {@code P1D}, {@code PT0.5S}). */
final class Durations {

    private Durations() {
    }

    static Duration parse(String text, Duration fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Duration.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not an ISO 8601 duration such as PT30S", e);
        }
    }

    static boolean isValid(String text) {
        try {
            parse(text, Duration.ZERO);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static Duration unit(long count, String unit) {
        return switch (unit) {
            case "Second" -> Duration.ofSeconds(count);
            case "Minute" -> Duration.ofMinutes(count);
            case "Hour" -> Duration.ofHours(count);
            case "Day" -> Duration.ofDays(count);
            case "Week" -> Duration.ofDays(7 * count);
            default -> throw new IllegalArgumentException("unit '" + unit + "' must be Second, Minute, Hour, Day or Week");
        };
    }
}
