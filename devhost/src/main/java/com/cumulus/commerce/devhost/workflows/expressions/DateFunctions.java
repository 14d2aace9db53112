package com.cumulus.commerce.devhost.workflows.expressions;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Date functions. Timestamps are ISO-8601 strings; results are in UTC and default to the "o" format with seven
 * fractional digits, as Logic Apps writes them.
 */
final class DateFunctions {

    /** .NET ticks (100 ns) between 0001-01-01 and the Unix epoch. */
    private static final long EPOCH_TICKS = 621_355_968_000_000_000L;

    private DateFunctions() {
    }

    static void register(FunctionTable t) {
        t.add("utcNow", 0, 1, (a, s) -> formatted(a, 0, s.now().atOffset(ZoneOffset.UTC)));
        t.add("addSeconds", 2, 3, (a, s) -> formatted(a, 2, parse(a, 0).plusSeconds(a.integer(1))));
        t.add("addMinutes", 2, 3, (a, s) -> formatted(a, 2, parse(a, 0).plusMinutes(a.integer(1))));
        t.add("addHours", 2, 3, (a, s) -> formatted(a, 2, parse(a, 0).plusHours(a.integer(1))));
        t.add("addDays", 2, 3, (a, s) -> formatted(a, 2, parse(a, 0).plusDays(a.integer(1))));
        t.add("addToTime", 3, 4, (a, s) -> formatted(a, 3, shift(a, parse(a, 0), a.integer(1), a.string(2))));
        t.add("subtractFromTime", 3, 4, (a, s) -> formatted(a, 3, shift(a, parse(a, 0), -a.integer(1), a.string(2))));
        t.add("getFutureTime", 2, 3, (a, s) -> formatted(a, 2, shift(a, s.now().atOffset(ZoneOffset.UTC), a.integer(0), a.string(1))));
        t.add("getPastTime", 2, 3, (a, s) -> formatted(a, 2, shift(a, s.now().atOffset(ZoneOffset.UTC), -a.integer(0), a.string(1))));
        t.add("formatDateTime", 1, 3, (a, s) -> formatted(a, 1, parse(a, 0)));
        t.add("startOfDay", 1, 2, (a, s) -> formatted(a, 1, parse(a, 0).truncatedTo(ChronoUnit.DAYS)));
        t.add("startOfHour", 1, 2, (a, s) -> formatted(a, 1, parse(a, 0).truncatedTo(ChronoUnit.HOURS)));
        t.add("startOfMonth", 1, 2, (a, s) -> formatted(a, 1, parse(a, 0).truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1)));
        t.add("dayOfMonth", 1, 1, (a, s) -> Values.integer(parse(a, 0).getDayOfMonth()));
        t.add("dayOfWeek", 1, 1, (a, s) -> Values.integer(parse(a, 0).getDayOfWeek().getValue() % 7));
        t.add("dayOfYear", 1, 1, (a, s) -> Values.integer(parse(a, 0).getDayOfYear()));
        t.add("ticks", 1, 1, (a, s) -> {
            Instant instant = parse(a, 0).toInstant();
            return Values.integer(EPOCH_TICKS + instant.getEpochSecond() * 10_000_000L + instant.getNano() / 100);
        });
        t.add("dateDifference", 2, 2, (a, s) -> Values.text(timeSpan(Duration.between(parse(a, 0), parse(a, 1)))));
    }

    /** Parses an ISO-8601 timestamp (with or without offset, or a bare date) into UTC. */
    static OffsetDateTime parse(Args a, int index) {
        String text = a.string(index).strip();
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).withOffsetSameInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME).atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay().atOffset(ZoneOffset.UTC);
                } catch (DateTimeParseException notDate) {
                    throw a.fail("was given the timestamp '" + text + "', which is not valid. The datetime string must match ISO 8601 format.");
                }
            }
        }
    }

    private static JsonNode formatted(Args a, int formatIndex, OffsetDateTime time) {
        String format = a.optionalString(formatIndex, "o");
        String text = DotNetDateFormat.format(time, format);
        if (text == null) {
            throw a.fail("was given the format '" + format + "', which is not a valid date format.");
        }
        return Values.text(text);
    }

    private static OffsetDateTime shift(Args a, OffsetDateTime time, long amount, String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "second", "seconds" -> time.plusSeconds(amount);
            case "minute", "minutes" -> time.plusMinutes(amount);
            case "hour", "hours" -> time.plusHours(amount);
            case "day", "days" -> time.plusDays(amount);
            case "week", "weeks" -> time.plusWeeks(amount);
            case "month", "months" -> time.plusMonths(amount);
            case "year", "years" -> time.plusYears(amount);
            default -> throw a.fail("was given the time unit '" + unit + "'; expected one of Second, Minute, Hour, Day, Week, Month, Year.");
        };
    }

    /** A .NET TimeSpan string: [-][d.]hh:mm:ss[.fffffff]. */
    private static String timeSpan(Duration duration) {
        boolean negative = duration.isNegative();
        Duration d = duration.abs();
        StringBuilder out = new StringBuilder(negative ? "-" : "");
        if (d.toDays() > 0) {
            out.append(d.toDays()).append('.');
        }
        out.append(String.format(Locale.ROOT, "%02d:%02d:%02d", d.toHoursPart(), d.toMinutesPart(), d.toSecondsPart()));
        int ticks = d.toNanosPart() / 100;
        if (ticks > 0) {
            out.append(String.format(Locale.ROOT, ".%07d", ticks));
        }
        return out.toString();
    }
}
