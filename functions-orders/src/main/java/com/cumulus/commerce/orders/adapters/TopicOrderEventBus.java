package com.cumulus.commerce.orders.adapters;

import com.cumulus.commerce.orders.application.OrderEventBus;
import com.cumulus.commerce.orders.application.OutboxEntry;
import com.cumulus.commerce.platform.messaging.OutgoingMessage;
import com.cumulus.commerce.platform.messaging.Topics;
import java.util.HashMap;

/**
 * Publishes to the {@code order-events} topic. The message id is the event id, so Service Bus duplicate detection
 * drops a republished event; the {@code type} property lets subscriptions filter without reading the body.
 */
final class TopicOrderEventBus implements OrderEventBus {

    static final String TOPIC = "order-events";
    static final String CONTENT_TYPE = "application/cloudevents+json";

    private final Topics topics;

    TopicOrderEventBus(Topics topics) {
        this.topics = topics;
    }

    @Override
    public void publish(OutboxEntry entry) {
        var properties = new HashMap<String, String>();
        properties.put("type", entry.type());
        if (entry.traceparent() != null) {
            properties.put("traceparent", entry.traceparent());
        }
        topics.publish(TOPIC, new OutgoingMessage(entry.eventId(), entry.cloudEvent(), CONTENT_TYPE, null,
                properties, null));
    }
}
