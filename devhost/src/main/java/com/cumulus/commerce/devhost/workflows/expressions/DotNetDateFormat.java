package com.cumulus.commerce.devhost.workflows.expressions;

import java.time.OffsetDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Formats a UTC time with a .NET date format string, since workflow definitions use .NET formats ("o", "yyyy-MM-dd",
 * "yyyy-MM-ddTHH:mm:ssZ"). Supports the common standard formats and the custom specifiers y M d H h m s f F t K z;
 * any other letter is copied literally, as .NET does, and quoted text or backslash escapes are literal.
 */
final class DotNetDateFormat {

    private static final Locale EN_US = Locale.US;

    private DotNetDateFormat() {
    }

    /** Returns null for an unknown single-letter standard format so the caller can report it. */
    static String format(OffsetDateTime time, String format) {
        String pattern = format == null || format.isEmpty() ? "o" : format;
        if (pattern.length() == 1) {
            pattern = standard(pattern.charAt(0));
            if (pattern == null) {
                return null;
            }
        }
        return custom(time, pattern);
    }

    private static String standard(char c) {
        return switch (c) {
            case 'o', 'O' -> "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK";
            case 's' -> "yyyy'-'MM'-'dd'T'HH':'mm':'ss";
            case 'u' -> "yyyy'-'MM'-'dd HH':'mm':'ss'Z'";
            case 'r', 'R' -> "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'";
            case 'd' -> "M/d/yyyy";
            case 'D' -> "dddd, MMMM d, yyyy";
            case 't' -> "h:mm tt";
            case 'T' -> "h:mm:ss tt";
            case 'g' -> "M/d/yyyy h:mm tt";
            case 'G' -> "M/d/yyyy h:mm:ss tt";
            case 'f' -> "dddd, MMMM d, yyyy h:mm tt";
            case 'F' -> "dddd, MMMM d, yyyy h:mm:ss tt";
            case 'm', 'M' -> "MMMM d";
            case 'y', 'Y' -> "MMMM yyyy";
            default -> null;
        };
    }

    private static String custom(OffsetDateTime t, String pattern) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '\'' || c == '"') {
                int close = pattern.indexOf(c, i + 1);
                int end = close < 0 ? pattern.length() : close;
                out.append(pattern, i + 1, end);
                i = end + 1;
                continue;
            }
            if (c == '\\' && i + 1 < pattern.length()) {
                out.append(pattern.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '%') {
                i++;
                continue;
            }
            int run = 1;
            while (i + run < pattern.length() && pattern.charAt(i + run) == c) {
                run++;
            }
            i += run;
            switch (c) {
                case 'y' -> out.append(run <= 2 ? pad(t.getYear() % 100, run) : pad(t.getYear(), run));
                case 'M' -> out.append(run <= 2 ? pad(t.getMonthValue(), run)
                        : t.getMonth().getDisplayName(run == 3 ? TextStyle.SHORT : TextStyle.FULL, EN_US));
                case 'd' -> out.append(run <= 2 ? pad(t.getDayOfMonth(), run)
                        : t.getDayOfWeek().getDisplayName(run == 3 ? TextStyle.SHORT : TextStyle.FULL, EN_US));
                case 'H' -> out.append(pad(t.getHour(), Math.min(run, 2)));
                case 'h' -> out.append(pad(t.getHour() % 12 == 0 ? 12 : t.getHour() % 12, Math.min(run, 2)));
                case 'm' -> out.append(pad(t.getMinute(), Math.min(run, 2)));
                case 's' -> out.append(pad(t.getSecond(), Math.min(run, 2)));
                case 'f' -> out.append(fraction(t, run));
                case 'F' -> out.append(trimZeros(fraction(t, run)));
                case 't' -> out.append(run == 1 ? (t.getHour() < 12 ? "A" : "P") : (t.getHour() < 12 ? "AM" : "PM"));
                case 'K' -> out.append(t.getOffset().getTotalSeconds() == 0 ? "Z" : t.getOffset().getId());
                case 'z' -> out.append(offset(t, run));
                default -> out.append(String.valueOf(c).repeat(run));
            }
        }
        return out.toString();
    }

    private static String pad(int value, int width) {
        String digits = String.valueOf(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    /** Up to seven fractional digits (.NET ticks are 100 ns), truncated rather than rounded. */
    private static String fraction(OffsetDateTime t, int digits) {
        String nanos = pad(t.getNano(), 9);
        return nanos.substring(0, Math.min(digits, 7));
    }

    private static String trimZeros(String digits) {
        int end = digits.length();
        while (end > 0 && digits.charAt(end - 1) == '0') {
            end--;
        }
        return digits.substring(0, end);
    }

    private static String offset(OffsetDateTime t, int run) {
        int total = t.getOffset().getTotalSeconds();
        String sign = total < 0 ? "-" : "+";
        int hours = Math.abs(total) / 3600;
        int minutes = Math.abs(total) % 3600 / 60;
        if (run == 1) {
            return sign + hours;
        }
        return run == 2 ? sign + pad(hours, 2) : sign + pad(hours, 2) + ":" + pad(minutes, 2);
    }
}
