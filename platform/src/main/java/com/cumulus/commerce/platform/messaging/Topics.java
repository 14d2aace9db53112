package com.cumulus.commerce.platform.messaging;

import java.util.Set;

/**
 * Publish-subscribe topics: a published message is copied to every subscription, which is then received
 * through {@link Queues} at {@link #subscriptionPath}. Duplicate detection applies at the topic.
 */
public interface Topics {

    /** Creates the subscription if it does not exist; it receives messages published from then on. */
    void subscribe(String topic, String subscription);

    Set<String> subscriptions(String topic);

    /** Durable on return. */
    void publish(String topic, OutgoingMessage message);

    static String subscriptionPath(String topic, String subscription) {
        return topic + "/Subscriptions/" + subscription;
    }
}
