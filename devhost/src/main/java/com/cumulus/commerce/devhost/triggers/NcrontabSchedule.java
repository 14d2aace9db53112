package com.cumulus.commerce.devhost.triggers;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * A Functions timer schedule: a six-field NCRONTAB expression
 * {@code {second} {minute} {hour} {day} {month} {day-of-week}}, or a TimeSpan {@code hh:mm:ss} meaning "every
 * interval". Day-of-week 0 and 7 are Sunday.
 */
public final class NcrontabSchedule {

    /** Long enough to reach the next 29 February across a skipped leap year (2096 to 2104). */
    private static final int SEARCH_YEARS = 9;

    private final String expression;
    private final Duration interval;
    private final CronField second;
    private final CronField minute;
    private final CronField hour;
    private final CronField day;
    private final CronField month;
    private final CronField dayOfWeek;

    private NcrontabSchedule(String expression, Duration interval, CronField[] fields) {
        this.expression = expression;
        this.interval = interval;
        this.second = fields == null ? null : fields[0];
        this.minute = fields == null ? null : fields[1];
        this.hour = fields == null ? null : fields[2];
        this.day = fields == null ? null : fields[3];
        this.month = fields == null ? null : fields[4];
        this.dayOfWeek = fields == null ? null : fields[5];
    }

    /** @throws IllegalArgumentException naming the field that does not parse */
    public static NcrontabSchedule parse(String expression) {
        if (expression == null || expression.isBlank()) {
            throw new IllegalArgumentException("'expression' must not be blank");
        }
        String trimmed = expression.trim();
        if (TimeSpans.looksLikeTimeSpan(trimmed)) {
            Duration interval = TimeSpans.parse(trimmed, "expression");
            if (interval.isZero()) {
                throw new IllegalArgumentException("'expression' must be a TimeSpan longer than zero");
            }
            return new NcrontabSchedule(trimmed, interval, null);
        }
        String[] parts = trimmed.split("\\s+");
        if (parts.length != 6) {
            throw new IllegalArgumentException("'expression' must have six fields "
                    + "({second} {minute} {hour} {day} {month} {day-of-week}) or be a TimeSpan hh:mm:ss, was '"
                    + expression + "'");
        }
        CronField[] fields = {
            CronField.parse(parts[0], "second", 0, 59, List.of()),
            CronField.parse(parts[1], "minute", 0, 59, List.of()),
            CronField.parse(parts[2], "hour", 0, 23, List.of()),
            CronField.parse(parts[3], "day", 1, 31, List.of()),
            CronField.parse(parts[4], "month", 1, 12, CronField.MONTH_NAMES),
            CronField.parse(parts[5], "day-of-week", 0, 7, CronField.DAY_NAMES),
        };
        return new NcrontabSchedule(trimmed, null, fields);
    }

    /**
     * The first occurrence strictly after {@code after}, reading the fields as wall-clock time in {@code zone}.
     *
     * @throws IllegalStateException when the expression never matches a real date (such as 30 February)
     */
    public Instant next(Instant after, ZoneId zone) {
        Objects.requireNonNull(after, "'after' must not be null");
        Objects.requireNonNull(zone, "'zone' must not be null");
        if (interval != null) {
            return after.plus(interval);
        }
        LocalDateTime t = LocalDateTime.ofInstant(after.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1), zone);
        int lastYear = t.getYear() + SEARCH_YEARS;
        while (t.getYear() <= lastYear) {
            if (!month.matches(t.getMonthValue())) {
                t = t.withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS).plusMonths(1);
            } else if (!dayMatches(t)) {
                t = t.truncatedTo(ChronoUnit.DAYS).plusDays(1);
            } else if (!hour.matches(t.getHour())) {
                t = t.truncatedTo(ChronoUnit.HOURS).plusHours(1);
            } else if (!minute.matches(t.getMinute())) {
                t = t.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
            } else if (!second.matches(t.getSecond())) {
                t = t.plusSeconds(1);
            } else {
                // A wall-clock time repeated when clocks go back maps to its first instant, which may not be after.
                Instant candidate = t.atZone(zone).toInstant();
                if (candidate.isAfter(after)) {
                    return candidate;
                }
                t = t.plusSeconds(1);
            }
        }
        throw new IllegalStateException("schedule '" + expression + "' has no occurrence within " + SEARCH_YEARS + " years");
    }

    private boolean dayMatches(LocalDateTime t) {
        boolean dom = day.matches(t.getDayOfMonth());
        int dow = t.getDayOfWeek().getValue() % 7;
        boolean weekday = dayOfWeek.matches(dow) || (dow == 0 && dayOfWeek.matches(7));
        if (day.wildcard() || dayOfWeek.wildcard()) {
            return dom && weekday;
        }
        return dom || weekday;
    }

    @Override
    public String toString() {
        return expression;
    }
}
