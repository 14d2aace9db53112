package com.cumulus.commerce.platform.azure;

import com.azure.core.exception.ResourceExistsException;
import com.azure.core.exception.ResourceNotFoundException;
import com.azure.messaging.servicebus.administration.models.SubscriptionProperties;
import com.cumulus.commerce.platform.messaging.OutgoingMessage;
import com.cumulus.commerce.platform.messaging.Topics;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@link Topics} on Service Bus topics: publish sends to the topic, whose subscriptions the service copies it to;
 * their messages are received through {@link ServiceBusQueues} at the subscription path. A subscription (and its
 * topic) missing at start is created through the administration client, which needs the Manage right.
 */
final class ServiceBusTopics implements Topics, AutoCloseable {

    private final ServiceBusClients clients;

    ServiceBusTopics(ServiceBusClients clients) {
        this.clients = Objects.requireNonNull(clients, "'clients' must not be null");
    }

    @Override
    public void subscribe(String topic, String subscription) {
        requireName(topic, "topic");
        requireName(subscription, "subscription");
        var admin = clients.administration();
        try {
            if (!admin.getTopicExists(topic)) {
                admin.createTopic(topic);
            }
        } catch (ResourceExistsException raced) {
            // another instance created it first
        }
        try {
            if (!admin.getSubscriptionExists(topic, subscription)) {
                admin.createSubscription(topic, subscription);
            }
        } catch (ResourceExistsException raced) {
            // another instance created it first
        }
    }

    @Override
    public Set<String> subscriptions(String topic) {
        requireName(topic, "topic");
        var names = new TreeSet<String>();
        try {
            for (SubscriptionProperties subscription : clients.administration().listSubscriptions(topic)) {
                names.add(subscription.getSubscriptionName());
            }
        } catch (ResourceNotFoundException e) {
            return Set.of();
        }
        return names;
    }

    @Override
    public void publish(String topic, OutgoingMessage message) {
        requireName(topic, "topic");
        Objects.requireNonNull(message, "'message' must not be null");
        clients.topicSender(topic).sendMessage(ServiceBusMessages.toServiceBus(message));
    }

    @Override
    public void close() {
        clients.close();
    }

    private static void requireName(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("'" + name + "' must not be blank");
        }
    }
}
