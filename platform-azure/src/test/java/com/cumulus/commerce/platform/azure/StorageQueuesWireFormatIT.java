package com.cumulus.commerce.platform.azure;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.storage.queue.QueueMessageEncoding;
import com.azure.storage.queue.QueueServiceClientBuilder;
import com.cumulus.commerce.platform.config.AppSettings;
import com.cumulus.commerce.platform.http.Json;
import com.cumulus.commerce.platform.messaging.OutgoingMessage;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a Functions queue trigger reads from a storage queue this adapter wrote, and the other way round. */
class StorageQueuesWireFormatIT {

    private static Emulators.Azurite azurite;

    @BeforeAll
    static void startAzurite() {
        azurite = Emulators.azurite();
    }

    @AfterAll
    static void stopAzurite() {
        azurite.close();
    }

    @Test
    void aSentMessageIsBase64TextOfItsEnvelopeAndAPlainTextMessageIsReceivedAsItsBody() throws Exception {
        var queues = StorageQueues.open(AppSettings.of(Map.of("AzureWebJobsStorage", azurite.connectionString())));
        var raw = new QueueServiceClientBuilder().connectionString(azurite.connectionString())
                .messageEncoding(QueueMessageEncoding.NONE).buildClient().getQueueClient("thumbnails");

        queues.send("thumbnails", new OutgoingMessage("m-1", "{\"image\":7}", "application/json", "corr-1",
                Map.of("traceparent", "00-abc-def-01"), null));
        String text = raw.receiveMessage().getBody().toString();
        var envelope = Json.mapper().readTree(Base64.getDecoder().decode(text));

        assertThat(envelope.get("messageId").asText()).isEqualTo("m-1");
        assertThat(envelope.get("body").asText()).isEqualTo("{\"image\":7}");
        assertThat(envelope.get("properties").get("traceparent").asText()).isEqualTo("00-abc-def-01");

        raw.sendMessage(Base64.getEncoder().encodeToString("resize 7".getBytes(StandardCharsets.UTF_8)));
        var received = queues.receive("thumbnails", 10);
        assertThat(received).extracting(m -> m.body()).contains("resize 7");
        assertThat(received).filteredOn(m -> m.body().equals("resize 7")).singleElement()
                .satisfies(m -> assertThat(m.messageId()).isNotBlank());
    }
}
