package com.cumulus.commerce.devhost.triggers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeSpansTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            00:00:05         | PT5S
            0:5:3            | PT5M3S
            1.02:03:04       | PT26H3M4S
            00:00:02.5       | PT2.5S
            00:00:00.0000001 | PT0.0000001S
            """)
    void readsTheFormsTheFunctionsHostWrites(String text, Duration expected) {
        assertThat(TimeSpans.parse(text, "interval")).isEqualTo(expected);
    }

    @Test
    void refusesAComponentOutOfRangeNamingTheArgument() {
        assertThatThrownBy(() -> TimeSpans.parse("00:61:00", "functionTimeout"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'functionTimeout'")
                .hasMessageContaining("out of range");
    }

    @Test
    void refusesTextThatIsNoTimeSpanNamingTheArgument() {
        assertThatThrownBy(() -> TimeSpans.parse("5s", "delayInterval"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'delayInterval' must be a TimeSpan [d.]hh:mm:ss, was '5s'");
        assertThatThrownBy(() -> TimeSpans.parse(null, "delayInterval"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'delayInterval'");
    }
}
