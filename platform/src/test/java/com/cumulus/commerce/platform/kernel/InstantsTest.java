package com.cumulus.commerce.platform.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InstantsTest {

    @Test
    void readsAndWritesExactlyAsInstantDoesOverTheWholeRange() {
        var random = new Random(11);
        var instants = new ArrayList<>(List.of(Instant.EPOCH, Instant.parse("1970-01-01T00:00:00.000000001Z"),
                Instant.parse("0000-01-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59.999999999Z"),
                Instant.parse("2024-02-29T12:00:00.100Z"), Instant.parse("2026-12-04T22:04:23.484169298Z"),
                Instant.parse("2026-12-04T22:04:23.484169Z"), Instant.parse("1969-12-31T23:59:59.5Z"),
                Instant.MIN, Instant.MAX, Instant.parse("+10000-01-01T00:00:00Z"),
                Instant.parse("-0001-12-31T23:59:59Z")));
        for (int i = 0; i < 50_000; i++) {
            long seconds = random.nextLong(-62_167_219_200L, 253_402_300_800L);
            int nanos = switch (random.nextInt(4)) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            instants.add(Instant.ofEpochSecond(seconds, nanos));
        }
        for (var instant : instants) {
            String text = Instants.format(instant);
            assertThat(text).as("%s", instant).isEqualTo(instant.toString());
            assertThat(Instants.parse(text)).isEqualTo(instant);
        }
    }

    @Test
    void readsEveryFractionLengthAndAnyOtherShapeTheWayInstantParseDoes() {
        var texts = new ArrayList<>(List.of("2026-12-04T10:15:30Z", "2026-12-04T10:15:30.1Z",
                "2026-12-04T10:15:30.12Z", "2026-12-04T10:15:30.1234Z", "2026-12-04T10:15:30.12345678Z",
                "2026-12-04T10:15:30+01:00", "2026-12-04T10:15:30.5-05:30", "2016-12-31T23:59:60Z",
                "2026-12-04T10:15:30.000000000Z"));
        for (String text : texts) {
            assertThat(Instants.parse(text)).as(text).isEqualTo(Instant.parse(text));
        }
    }

    @Test
    void answersOddTextAsInstantParseDoesAndRefusesWhatItRefuses() {
        for (String text : List.of("2026-02-30T10:15:30Z", "2026-13-01T10:15:30Z", "2026-12-04T24:00:00Z",
                "2026-12-04T10:60:00Z", "2026-12-04T10:15:30.Z", "2026-12-04T10:15:30.1234567890Z",
                "2026-12-04 10:15:30Z", "2026-12-04T10:15:30", "\uff12026-12-04T10:15:30Z", "",
                "2026-12-04T1a:15:30Z", "2026-12-04t10:15:30z")) {
            Object expected;
            try {
                expected = Instant.parse(text);
            } catch (DateTimeParseException e) {
                expected = DateTimeParseException.class;
            }
            Object actual;
            try {
                actual = Instants.parse(text);
            } catch (DateTimeParseException e) {
                actual = DateTimeParseException.class;
            }
            assertThat(actual).as(text).isEqualTo(expected);
        }
        assertThatThrownBy(() -> Instants.parse("2026-02-30T10:15:30Z")).isInstanceOf(DateTimeParseException.class);
    }
}
