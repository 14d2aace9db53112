package com.cumulus.commerce.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JsonTest {

    record Stamped(Instant at) {
    }

    @Test
    void instantsAreWrittenAndReadAsTheTimeModuleWritesAndReadsThem() throws Exception {
        for (String text : new String[] {"2026-12-04T22:04:23.484169298Z", "2026-12-04T22:04:23Z",
                "2026-12-04T22:04:23.100Z", "+10000-01-01T00:00:00Z"}) {
            var value = new Stamped(Instant.parse(text));
            assertThat(Json.write(value)).isEqualTo("{\"at\":\"" + text + "\"}");
            assertThat(Json.mapper().readValue(Json.write(value), Stamped.class)).isEqualTo(value);
        }
        assertThat(Json.mapper().readValue("{\"at\": \"2026-12-04T23:04:23+01:00\"}", Stamped.class).at())
                .as("an offset, read by the time module").isEqualTo(Instant.parse("2026-12-04T22:04:23Z"));
        assertThat(Json.mapper().readValue("{\"at\": 1764885863.5}", Stamped.class).at())
                .isEqualTo(Instant.ofEpochSecond(1764885863, 500_000_000));
        assertThatThrownBy(() -> Json.mapper().readValue("{\"at\": \"2026-02-30T10:15:30Z\"}", Stamped.class))
                .isInstanceOf(InvalidFormatException.class);
        assertThatThrownBy(() -> Json.mapper().readValue("{\"at\": \"yesterday\"}", Stamped.class))
                .isInstanceOf(InvalidFormatException.class);
    }
}
