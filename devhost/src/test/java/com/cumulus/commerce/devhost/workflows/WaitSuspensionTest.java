package com.cumulus.commerce.devhost.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WaitSuspensionTest {

    @TempDir
    Path dataDir;

    @Test
    void aWaitingRunGivesItsThreadBackSoAnotherRunProceedsOnASingleThread() throws Exception {
        try (var fixture = new EngineFixture(dataDir, 1)) {
            var began = Instant.now();
            var first = fixture.start("napping", "{}");
            var second = fixture.start("napping", "{}");

            var firstAnswer = first.response().get(15, TimeUnit.SECONDS);
            var secondAnswer = second.response().get(15, TimeUnit.SECONDS);

            assertThat(Duration.between(began, Instant.now())).as("two 3 s waits side by side on one thread")
                    .isLessThan(Duration.ofMillis(5500));
            assertThat(firstAnswer.path("body").path("naps").asInt()).as("variables rebuilt after the wake-up")
                    .isEqualTo(1);
            assertThat(secondAnswer.path("body").path("naps").asInt()).isEqualTo(1);
            var run = fixture.await("napping", first.runId());
            assertThat(run.path("status").asText()).isEqualTo("Succeeded");
            assertThat(run.path("actions").path("Nap").path("wakeAt").asText()).isNotEmpty();
        }
    }
}
