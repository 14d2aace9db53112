package com.cumulus.commerce.devhost.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.platform.messaging.OutgoingMessage;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceBusTriggerTest {

    @TempDir
    Path dataDir;

    EngineFixture fixture;
    ServiceBusTrigger trigger;

    @BeforeEach
    void start() throws Exception {
        fixture = new EngineFixture(dataDir);
        trigger = new ServiceBusTrigger(fixture.engine, fixture.engine.project().workflow("queue-split"),
                fixture.platform.queues(), fixture.platform.topics());
    }

    @AfterEach
    void stop() {
        trigger.stop();
        fixture.close();
    }

    @Test
    void splitOnStartsOneRunPerMessageAndCompletesTheMessages() throws Exception {
        for (int n = 1; n <= 3; n++) {
            fixture.platform.queues().send("wf-in", new OutgoingMessage("m" + n, "{\"n\": " + n + "}",
                    "application/json", "c" + n, Map.of("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"), null));
        }
        trigger.start();

        var runs = awaitSucceeded(3);
        assertThat(runs).extracting(run -> run.path("actions").path("Read").path("outputs").asInt())
                .containsExactlyInAnyOrder(1, 2, 3);
        var message = runs.get(0).path("trigger").path("outputs").path("body");
        assertThat(message.path("contentData").isTextual()).isTrue();
        assertThat(message.path("messageId").asText()).startsWith("m");
        assertThat(message.path("deliveryCount").asInt()).isEqualTo(1);
        assertThat(message.path("userProperties").path("traceparent").asText()).startsWith("00-0af7");
        assertThat(runs.get(0).path("traceparent").asText()).startsWith("00-0af7");
        assertThat(fixture.platform.queues().count("wf-in")).isZero();
    }

    @Test
    void aMessageWhoseRunCannotBeStoredIsAbandonedAndDeliveredAgain() throws Exception {
        fixture.failWrites.set(true);
        fixture.platform.queues().send("wf-in", OutgoingMessage.of("again", "{\"n\": 7}"));
        trigger.start();
        Thread.sleep(1500);
        assertThat(fixture.platform.queues().count("wf-in")).as("still on the queue").isEqualTo(1);
        assertThat(fixture.store.page("queue-split", null, 10, null).items()).isEmpty();

        fixture.failWrites.set(false);
        var runs = awaitSucceeded(1);
        assertThat(runs.get(0).path("trigger").path("outputs").path("body").path("deliveryCount").asInt())
                .isGreaterThan(1);
    }

    private List<ObjectNode> awaitSucceeded(int count) throws InterruptedException {
        var deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            var runs = fixture.store.page("queue-split", "Succeeded", 10, null).items();
            if (runs.size() >= count) {
                return runs.stream().map(run -> fixture.store.load("queue-split", run.path("id").asText())
                        .orElseThrow().snapshot()).toList();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("fewer than " + count + " runs succeeded within 20 s");
    }
}
