package com.cumulus.commerce.platform.events;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.jackson.JsonFormat;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The CloudEvents 1.0 structured JSON envelope every event travels in. {@code type} is like
 * {@code commerce.orders.order-placed.v1}; {@code data} is the event's JSON.
 */
public final class EventEnvelope {

    private static final EventFormat FORMAT = new JsonFormat();

    private EventEnvelope() {
    }

    public static String wrap(String id, String type, URI source, String subject, Instant time, String dataJson) {
        Objects.requireNonNull(dataJson, "'dataJson' must not be null");
        CloudEvent event = CloudEventBuilder.v1()
                .withId(id)
                .withType(type)
                .withSource(source)
                .withSubject(subject)
                .withTime(time.atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(dataJson.getBytes(StandardCharsets.UTF_8))
                .build();
        return new String(FORMAT.serialize(event), StandardCharsets.UTF_8);
    }

    /** @throws IllegalArgumentException when the text is not a CloudEvents JSON envelope */
    public static CloudEvent unwrap(String json) {
        try {
            return FORMAT.deserialize(json.getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a CloudEvents JSON envelope: " + e.getMessage(), e);
        }
    }

    public static String dataOf(CloudEvent event) {
        return event.getData() == null ? null : new String(event.getData().toBytes(), StandardCharsets.UTF_8);
    }
}
