package com.cumulus.commerce.platform.messaging;

import java.util.Set;

/**
 * Publish-subscribe topics: a published message is copied to every subscription, which is then received
 * through {@link Queues} at {@link #subscriptionPath}. Duplicate detection applies at the topic.
 */
public interface Topics {

    /**
     * Creates the subscription if it does not exist; it receives messages published from then on. An existing
     * subscription keeps what it receives ({@link #subscribe(String, String, Set)}).
     */
    void subscribe(String topic, String subscription);

    /**
     * Creates the subscription if it does not exist, and makes it receive only the messages whose application
     * property {@value #TYPE_PROPERTY} is one of {@code types} (every message when {@code types} is empty),
     * replacing what it received before: a Service Bus subscription with one correlation rule per type, so the
     * broker, not each consumer, leaves out the events a subscriber has no use for.
     */
    void subscribe(String topic, String subscription, Set<String> types);

    /** The application property a subscription's types are matched against: the CloudEvents type. */
    String TYPE_PROPERTY = "type";

    Set<String> subscriptions(String topic);

    /** Durable on return. */
    void publish(String topic, OutgoingMessage message);

    static String subscriptionPath(String topic, String subscription) {
        return topic + "/Subscriptions/" + subscription;
    }
}
