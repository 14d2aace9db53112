package com.cumulus.commerce.devhost;

import java.time.Duration;
import java.util.regex.Pattern;

/** Parses .NET TimeSpan strings ({@code [d.]hh:mm:ss[.fff]}) as host.json and the retry annotations write them. */
public final class TimeSpans {

    private static final Pattern TIME_SPAN = Pattern.compile("(?:(\\d+)\\.)?(\\d{1,2}):(\\d{1,2}):(\\d{1,2})(?:\\.(\\d{1,7}))?");

    private TimeSpans() {
    }

    public static Duration parse(String value) {
        if (value == null) {
            throw new IllegalArgumentException("'value' must not be null");
        }
        var m = TIME_SPAN.matcher(value.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a TimeSpan (expected [d.]hh:mm:ss)");
        }
        var duration = Duration.ofDays(m.group(1) == null ? 0 : Long.parseLong(m.group(1)))
                .plusHours(Long.parseLong(m.group(2)))
                .plusMinutes(Long.parseLong(m.group(3)))
                .plusSeconds(Long.parseLong(m.group(4)));
        if (m.group(5) != null) {
            var fraction = (m.group(5) + "000000000").substring(0, 9);
            duration = duration.plusNanos(Long.parseLong(fraction));
        }
        return duration;
    }
}
