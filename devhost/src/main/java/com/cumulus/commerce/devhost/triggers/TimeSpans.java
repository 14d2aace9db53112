package com.cumulus.commerce.devhost.triggers;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * .NET TimeSpan strings as host.json, retry annotations and timer schedules write them:
 * {@code [d.]hh:mm:ss[.fffffff]}. One parser for all of them, so devhost accepts exactly what the Functions host
 * does: one or two digits per component, and no hour, minute or second out of range.
 */
public final class TimeSpans {

    private static final Pattern TIME_SPAN =
            Pattern.compile("(?:(\\d+)\\.)?(\\d{1,2}):(\\d{1,2}):(\\d{1,2})(?:\\.(\\d{1,7}))?");

    private TimeSpans() {
    }

    static boolean looksLikeTimeSpan(String text) {
        return TIME_SPAN.matcher(text.trim()).matches();
    }

    /** @throws IllegalArgumentException naming {@code argument} when the text is not a TimeSpan */
    public static Duration parse(String text, String argument) {
        Matcher m = text == null ? null : TIME_SPAN.matcher(text.trim());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("'" + argument + "' must be a TimeSpan [d.]hh:mm:ss, was '" + text + "'");
        }
        int hours = Integer.parseInt(m.group(2));
        int minutes = Integer.parseInt(m.group(3));
        int seconds = Integer.parseInt(m.group(4));
        if (hours > 23 || minutes > 59 || seconds > 59) {
            throw new IllegalArgumentException("'" + argument + "' has an hour, minute or second out of range: '" + text + "'");
        }
        long days = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long nanos = m.group(5) == null ? 0 : Long.parseLong((m.group(5) + "000000000").substring(0, 9));
        return Duration.ofDays(days).plusHours(hours).plusMinutes(minutes).plusSeconds(seconds).plusNanos(nanos);
    }
}
