package com.cumulus.commerce.platform.kernel;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Instants in the one form the platform writes them, {@code 2026-12-04T10:15:30.123456789Z} (UTC, years 0000 to
 * 9999, no fraction or 3, 6 or 9 digits of it on output), read and written without a {@code DateTimeFormatter}:
 * every stored document, table row and event carries a few, and the formatter was a twentieth of a checkout's
 * CPU. The results are exactly {@link Instant#parse} and {@link Instant#toString}; text of any other shape (an
 * offset, a leap second) goes to {@link Instant#parse}, which also words its refusals.
 */
public final class Instants {

    private static final long SECONDS_PER_DAY = 86_400;
    private static final int[] POWERS = {100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

    private Instants() {
    }

    /** The instant {@code text} names, as {@link Instant#parse} reads it. */
    public static Instant parse(CharSequence text) {
        Instant fast = parseCanonical(text);
        return fast != null ? fast : Instant.parse(text);
    }

    /**
     * The instant, if {@code text} has the canonical shape {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z} and names a
     * valid instant; null otherwise (the caller then reads it the general way).
     */
    public static Instant parseCanonical(CharSequence text) {
        int length = text.length();
        if (length < 20 || length > 30 || text.charAt(length - 1) != 'Z' || text.charAt(4) != '-'
                || text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':'
                || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
                || second > 59) {
            return null;
        }
        int nanos = 0;
        if (length > 20) {
            int fraction = length - 21;
            if (text.charAt(19) != '.' || fraction < 1 || fraction > 9) {
                return null;
            }
            int value = digits(text, 20, 20 + fraction);
            if (value < 0) {
                return null;
            }
            nanos = value * POWERS[fraction - 1];
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return null;
        }
        return Instant.ofEpochSecond(epochDay * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second, nanos);
    }

    /** {@link Instant#toString}'s text for {@code instant}. */
    public static String format(Instant instant) {
        long seconds = instant.getEpochSecond();
        long epochDay = Math.floorDiv(seconds, SECONDS_PER_DAY);
        int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
        LocalDate date;
        try {
            date = LocalDate.ofEpochDay(epochDay);
        } catch (DateTimeException e) {
            return instant.toString();
        }
        int year = date.getYear();
        if (year < 0 || year > 9999) {
            return instant.toString();
        }
        var text = new StringBuilder(30);
        pad(text, year, 4).append('-');
        pad(text, date.getMonthValue(), 2).append('-');
        pad(text, date.getDayOfMonth(), 2).append('T');
        pad(text, secondOfDay / 3600, 2).append(':');
        pad(text, secondOfDay / 60 % 60, 2).append(':');
        pad(text, secondOfDay % 60, 2);
        int nanos = instant.getNano();
        if (nanos > 0) {
            text.append('.');
            if (nanos % 1_000_000 == 0) {
                pad(text, nanos / 1_000_000, 3);
            } else if (nanos % 1_000 == 0) {
                pad(text, nanos / 1_000, 6);
            } else {
                pad(text, nanos, 9);
            }
        }
        return text.append('Z').toString();
    }

    private static StringBuilder pad(StringBuilder text, int value, int width) {
        var digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            text.append('0');
        }
        return text.append(digits);
    }

    /** The decimal value of text[from, to), or -1 when any of it is not an ASCII digit. */
    private static int digits(CharSequence text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
