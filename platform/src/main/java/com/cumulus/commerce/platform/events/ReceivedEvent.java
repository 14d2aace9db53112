package com.cumulus.commerce.platform.events;

import com.cumulus.commerce.platform.http.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * An event as a consumer reads it off a topic: its id (the inbox's key), its type and its data as JSON. An event
 * without data has an empty object, so a consumer asks for the fields it needs and checks them itself.
 */
public record ReceivedEvent(String id, String type, JsonNode data) {

    public ReceivedEvent {
        Objects.requireNonNull(data, "'data' must not be null");
    }

    /**
     * Reads a message body (a CloudEvents JSON envelope).
     *
     * @throws IllegalArgumentException when the body is empty, not a CloudEvent, or its data is not JSON; no
     *                                  redelivery will make such a message readable
     */
    public static ReceivedEvent read(String body) {
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("empty message body");
        }
        var event = EventEnvelope.unwrap(body);
        var text = EventEnvelope.dataOf(event);
        if (text == null || text.isBlank()) {
            return new ReceivedEvent(event.getId(), event.getType(), Json.mapper().createObjectNode());
        }
        try {
            return new ReceivedEvent(event.getId(), event.getType(), Json.mapper().readTree(text));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event " + event.getId() + " has data that is not JSON", e);
        }
    }
}
