package com.cumulus.commerce.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReceivedEventTest {

    private static final URI SOURCE = URI.create("/orders");
    private static final Instant TIME = Instant.parse("2026-11-24T10:15:30Z");

    @Test
    void readsTheIdTypeAndDataOfAnEnvelope() {
        var body = EventEnvelope.wrap("evt-1", "commerce.orders.order-cancelled.v1", SOURCE, "ord-1", TIME,
                "{\"orderId\":\"ord-1\"}");

        var event = ReceivedEvent.read(body);

        assertThat(event.id()).isEqualTo("evt-1");
        assertThat(event.type()).isEqualTo("commerce.orders.order-cancelled.v1");
        assertThat(event.data().path("orderId").asText()).isEqualTo("ord-1");
    }

    @Test
    void anEventWithoutDataHasAnEmptyObject() {
        var body = "{\"specversion\":\"1.0\",\"id\":\"evt-2\",\"type\":\"t\",\"source\":\"/orders\"}";

        var event = ReceivedEvent.read(body);

        assertThat(event.data().isObject()).isTrue();
        assertThat(event.data().size()).isZero();
        assertThat(event.data().path("orderId").asText(null)).isNull();
    }

    @Test
    void anEmptyBodyAnEnvelopeThatIsNoCloudEventAndDataThatIsNotJsonAreRefused() {
        assertThatThrownBy(() -> ReceivedEvent.read(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("empty message body");
        assertThatThrownBy(() -> ReceivedEvent.read(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReceivedEvent.read("{\"hello\":\"world\"}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a CloudEvents JSON envelope");
        var notJson = "{\"specversion\":\"1.0\",\"id\":\"evt-3\",\"type\":\"t\",\"source\":\"/orders\","
                + "\"datacontenttype\":\"text/plain\",\"data\":\"{not json\"}";
        assertThatThrownBy(() -> ReceivedEvent.read(notJson)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("event evt-3 has data that is not JSON");
    }
}
