package com.cumulus.commerce.devhost.workflows.expressions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DateFunctionsTest {

    private final MapScope scope = new MapScope();

    private String text(String expression) {
        return scope.eval(expression).textValue();
    }

    @Test
    void utcNowDefaultsToSevenFractionalDigits() {
        assertThat(text("@utcNow()")).isEqualTo("2026-11-24T20:31:21.1234567Z");
        assertThat(text("@utcNow('yyyy-MM-dd')")).isEqualTo("2026-11-24");
    }

    @Test
    void formatDateTimeUsesDotNetFormats() {
        assertThat(text("@formatDateTime('2026-03-05T07:08:09.5Z', 'yyyy-MM-ddTHH:mm:ssZ')")).isEqualTo("2026-03-05T07:08:09Z");
        assertThat(text("@formatDateTime('2026-03-05T07:08:09.5Z', 'dd/MM/yyyy HH:mm:ss.fff')")).isEqualTo("05/03/2026 07:08:09.500");
        assertThat(text("@formatDateTime('2026-03-05T07:08:09.5Z')")).isEqualTo("2026-03-05T07:08:09.5000000Z");
        assertThat(text("@formatDateTime('2026-03-05T19:08:09Z', 'r')")).isEqualTo("Thu, 05 Mar 2026 19:08:09 GMT");
        assertThat(text("@formatDateTime('2026-03-05T19:08:09Z', 'MMMM d, h:mm tt')")).isEqualTo("March 5, 7:08 PM");
    }

    @Test
    void timestampsWithAnOffsetAreConvertedToUtc() {
        assertThat(text("@formatDateTime('2026-03-05T01:00:00+02:00', 's')")).isEqualTo("2026-03-04T23:00:00");
        assertThat(text("@formatDateTime('2026-03-05', 'o')")).isEqualTo("2026-03-05T00:00:00.0000000Z");
    }

    @Test
    void invalidTimestampIsReported() {
        assertThatThrownBy(() -> scope.eval("@formatDateTime('yesterday')"))
                .hasMessageContaining("'yesterday'")
                .hasMessageContaining("ISO 8601");
        assertThatThrownBy(() -> scope.eval("@formatDateTime('2026-03-05', 'q')")).hasMessageContaining("not a valid date format");
    }

    @Test
    void addFunctionsShiftTimestamps() {
        assertThat(text("@addSeconds('2026-01-01T00:00:00Z', -1)")).isEqualTo("2025-12-31T23:59:59.0000000Z");
        assertThat(text("@addMinutes('2026-01-01T00:00:00Z', 90, 's')")).isEqualTo("2026-01-01T01:30:00");
        assertThat(text("@addHours('2026-01-01T00:00:00Z', 25, 'yyyy-MM-dd HH')")).isEqualTo("2026-01-02 01");
        assertThat(text("@addDays('2026-02-27T10:00:00Z', 2, 'yyyy-MM-dd')")).isEqualTo("2026-03-01");
    }

    @Test
    void addToTimeUnderstandsCalendarUnits() {
        assertThat(text("@addToTime('2026-01-31T00:00:00Z', 1, 'Month', 'yyyy-MM-dd')")).isEqualTo("2026-02-28");
        assertThat(text("@addToTime('2026-01-01T00:00:00Z', 2, 'week', 'yyyy-MM-dd')")).isEqualTo("2026-01-15");
        assertThat(text("@subtractFromTime('2026-01-01T00:00:00Z', 1, 'Year', 'yyyy')")).isEqualTo("2025");
        assertThatThrownBy(() -> scope.eval("@addToTime('2026-01-01T00:00:00Z', 1, 'Fortnight')")).hasMessageContaining("'Fortnight'");
    }

    @Test
    void relativeTimesUseTheScopeClock() {
        assertThat(text("@getFutureTime(1, 'Day', 'yyyy-MM-dd')")).isEqualTo("2026-11-25");
        assertThat(text("@getPastTime(1, 'Hour', 'HH:mm')")).isEqualTo("19:31");
    }

    @Test
    void ticksCountHundredNanosecondsSinceYearOne() {
        assertThat(scope.eval("@ticks('1970-01-01T00:00:00Z')").longValue()).isEqualTo(621355968000000000L);
        assertThat(scope.eval("@ticks('1970-01-01T00:00:00.0000001Z')").longValue()).isEqualTo(621355968000000001L);
    }

    @Test
    void dateDifferenceIsATimeSpan() {
        assertThat(text("@dateDifference('2026-01-01T00:00:00Z', '2026-01-03T04:05:06Z')")).isEqualTo("2.04:05:06");
    }

    @Test
    void startOfAndDayOfFunctions() {
        assertThat(text("@startOfMonth('2026-03-15T10:20:30Z', 'yyyy-MM-ddTHH:mm:ss')")).isEqualTo("2026-03-01T00:00:00");
        assertThat(scope.eval("@dayOfWeek('2026-03-15T10:20:30Z')").longValue()).isZero();
        assertThat(scope.eval("@dayOfYear('2026-02-01T00:00:00Z')").longValue()).isEqualTo(32);
    }
}
