package com.cumulus.commerce.devhost.triggers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimerFireTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void writesTheFunctionsTimerInfoShape() throws Exception {
        TimerFire fire = new TimerFire(Instant.parse("2025-03-10T08:00:10Z"), Instant.parse("2025-03-10T08:00:05Z"),
                Instant.parse("2025-03-10T08:00:15Z"), true);

        JsonNode info = json.readTree(fire.toJson());

        assertThat(info.path("Schedule").path("AdjustForDST").asBoolean()).isTrue();
        assertThat(info.path("ScheduleStatus").path("Last").asText()).isEqualTo("2025-03-10T08:00:05Z");
        assertThat(info.path("ScheduleStatus").path("Next").asText()).isEqualTo("2025-03-10T08:00:15Z");
        assertThat(info.path("ScheduleStatus").path("LastUpdated").asText()).isEqualTo("2025-03-10T08:00:10Z");
        assertThat(info.path("IsPastDue").asBoolean()).isTrue();
    }

    @Test
    void writesANullLastBeforeTheFirstFiring() throws Exception {
        TimerFire fire = new TimerFire(Instant.parse("2025-03-10T08:00:10Z"), null,
                Instant.parse("2025-03-10T08:00:15Z"), false);

        JsonNode info = json.readTree(fire.toJson());

        assertThat(info.path("ScheduleStatus").path("Last").isNull()).isTrue();
        assertThat(info.path("IsPastDue").asBoolean()).isFalse();
    }
}
