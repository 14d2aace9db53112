package com.cumulus.commerce.devhost.triggers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NcrontabScheduleTest {

    @ParameterizedTest(name = "''{0}'' after {1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            */5 * * * * *        | 2025-03-10T08:00:02Z     | 2025-03-10T08:00:05Z
            */5 * * * * *        | 2025-03-10T08:00:05Z     | 2025-03-10T08:00:10Z
            */5 * * * * *        | 2025-03-10T08:00:04.999Z | 2025-03-10T08:00:05Z
            0 */5 * * * *        | 2025-03-10T08:03:00Z     | 2025-03-10T08:05:00Z
            0 */5 * * * *        | 2025-03-10T08:55:00Z     | 2025-03-10T09:00:00Z
            0 30 9 * * Mon-Fri   | 2025-03-07T09:30:00Z     | 2025-03-10T09:30:00Z
            0 30 9 * * Mon-Fri   | 2025-03-10T09:29:59Z     | 2025-03-10T09:30:00Z
            0 30 9 * * 1-5       | 2025-03-08T00:00:00Z     | 2025-03-10T09:30:00Z
            0 0 0 1 1 *          | 2025-03-10T08:00:00Z     | 2026-01-01T00:00:00Z
            0 0 0 1 1 *          | 2025-12-31T23:59:59Z     | 2026-01-01T00:00:00Z
            0 0 12 * * 0         | 2025-03-10T00:00:00Z     | 2025-03-16T12:00:00Z
            0 0 12 * * 7         | 2025-03-10T00:00:00Z     | 2025-03-16T12:00:00Z
            0 0 12 * * sun       | 2025-03-10T00:00:00Z     | 2025-03-16T12:00:00Z
            0 0 0 * Feb,Apr *    | 2025-03-10T00:00:00Z     | 2025-04-01T00:00:00Z
            0 0 0 29 2 *         | 2025-03-10T00:00:00Z     | 2028-02-29T00:00:00Z
            10-20/5 0 0 * * *    | 2025-03-10T00:00:10Z     | 2025-03-10T00:00:15Z
            15/20 * * * * *      | 2025-03-10T00:00:36Z     | 2025-03-10T00:00:55Z
            0 0 0 13 * Fri       | 2025-03-10T00:00:00Z     | 2025-03-13T00:00:00Z
            0 0 0 13 * Fri       | 2025-03-13T00:00:00Z     | 2025-03-14T00:00:00Z
            # a day written with * narrows day-of-week instead of adding days (cron's rule)
            0 0 0 */10 * Fri     | 2025-03-10T00:00:00Z     | 2025-03-21T00:00:00Z
            00:00:10             | 2025-03-10T08:00:02Z     | 2025-03-10T08:00:12Z
            01:30:00             | 2025-03-10T08:00:00Z     | 2025-03-10T09:30:00Z
            """)
    void findsTheNextOccurrenceInUtc(String expression, Instant after, Instant expected) {
        assertThat(NcrontabSchedule.parse(expression).next(after, ZoneOffset.UTC)).isEqualTo(expected);
    }

    @Test
    void readsTheFieldsAsWallClockTimeInTheZone() {
        NcrontabSchedule schedule = NcrontabSchedule.parse("0 30 9 * * Mon-Fri");
        ZoneId berlin = ZoneId.of("Europe/Berlin");

        assertThat(schedule.next(Instant.parse("2025-03-10T00:00:00Z"), berlin))
                .isEqualTo("2025-03-10T08:30:00Z");
        assertThat(schedule.next(Instant.parse("2025-07-10T00:00:00Z"), berlin))
                .isEqualTo("2025-07-10T07:30:00Z");
    }

    @Test
    void firesOnceAtATimeRepeatedWhenClocksGoBack() {
        NcrontabSchedule schedule = NcrontabSchedule.parse("0 30 2 * * *");
        ZoneId berlin = ZoneId.of("Europe/Berlin");

        Instant first = schedule.next(Instant.parse("2025-10-26T00:00:00Z"), berlin);

        assertThat(first).isEqualTo("2025-10-26T00:30:00Z");
        assertThat(schedule.next(first, berlin)).isEqualTo("2025-10-27T01:30:00Z");
    }

    @ParameterizedTest(name = "''{0}'' fails with {1}")
    @CsvSource(delimiter = '|', textBlock = """
            * * * * *            | must have six fields
            * * * * * * *        | must have six fields
            60 * * * * *         | invalid second field: '60'
            * */0 * * * *        | invalid minute field: '*/0'
            * * 24 * * *         | invalid hour field: '24'
            * * * 0 * *          | invalid day field: '0'
            * * * * 13 *         | invalid month field: '13'
            * * * * Foo *        | invalid month field: 'Foo'
            * * * * * 8          | invalid day-of-week field: '8'
            * * * * * Fri-Mon    | invalid day-of-week field: 'Fri-Mon'
            * * * 1,,2 * *       | invalid day field: '1,,2'
            00:61:00             | out of range
            00:00:00             | longer than zero
            """)
    void refusesAnInvalidExpressionNamingTheField(String expression, String message) {
        assertThatThrownBy(() -> NcrontabSchedule.parse(expression))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void refusesABlankExpression() {
        assertThatThrownBy(() -> NcrontabSchedule.parse(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'expression' must not be blank");
    }

    @Test
    void reportsAScheduleThatNeverFires() {
        NcrontabSchedule never = NcrontabSchedule.parse("0 0 0 30 2 *");

        assertThatThrownBy(() -> never.next(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no occurrence");
    }
}
