package com.cumulus.commerce.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cumulus.commerce.platform.http.Json;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventEnvelopeTest {

    @Test
    void wrapsDataInAStructuredCloudEventAndUnwrapsItAgain() throws Exception {
        String json = EventEnvelope.wrap("evt-1", "commerce.catalog.product-changed.v1",
                URI.create("/catalog"), "85123A", Instant.parse("2026-11-24T10:15:30Z"), "{\"sku\":\"85123A\"}");

        var envelope = Json.mapper().readTree(json);
        assertThat(envelope.get("specversion").asText()).isEqualTo("1.0");
        assertThat(envelope.get("type").asText()).isEqualTo("commerce.catalog.product-changed.v1");
        assertThat(envelope.get("subject").asText()).isEqualTo("85123A");
        assertThat(envelope.get("datacontenttype").asText()).isEqualTo("application/json");
        assertThat(envelope.get("data").get("sku").asText()).isEqualTo("85123A");

        var event = EventEnvelope.unwrap(json);
        assertThat(event.getId()).isEqualTo("evt-1");
        assertThat(event.getTime().toInstant()).isEqualTo(Instant.parse("2026-11-24T10:15:30Z"));
        assertThat(Json.mapper().readTree(EventEnvelope.dataOf(event)).get("sku").asText()).isEqualTo("85123A");
    }

    @Test
    void textThatIsNoCloudEventIsRejected() {
        assertThatThrownBy(() -> EventEnvelope.unwrap("{\"hello\":\"world\"}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a CloudEvents JSON envelope");
    }
}
