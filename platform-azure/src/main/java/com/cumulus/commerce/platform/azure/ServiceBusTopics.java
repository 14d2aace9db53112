package com.cumulus.commerce.platform.azure;

import com.azure.core.exception.HttpResponseException;
import com.azure.core.exception.ResourceExistsException;
import com.azure.core.exception.ResourceNotFoundException;
import com.azure.messaging.servicebus.administration.models.SubscriptionProperties;
import com.cumulus.commerce.platform.messaging.OutgoingMessage;
import com.cumulus.commerce.platform.messaging.Topics;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Topics} on Service Bus topics: publish sends to the topic, whose subscriptions the service copies it to;
 * their messages are received through {@link ServiceBusQueues} at the subscription path. A subscription (and its
 * topic) missing at start is created through the administration client where the identity has the Manage right.
 */
final class ServiceBusTopics implements Topics, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceBusTopics.class);

    private final ServiceBusClients clients;

    ServiceBusTopics(ServiceBusClients clients) {
        this.clients = Objects.requireNonNull(clients, "'clients' must not be null");
    }

    /**
     * Creates the subscription, and its topic, where they are missing. An identity without the Manage right (the
     * usual one in Azure, where the infrastructure creates both) may not even look: then the entities are taken to
     * exist, and a missing one shows as the trigger's error, not as a failed start.
     */
    @Override
    public void subscribe(String topic, String subscription) {
        requireName(topic, "topic");
        requireName(subscription, "subscription");
        var admin = clients.administration();
        try {
            if (!admin.getTopicExists(topic)) {
                createIgnoringRace(() -> admin.createTopic(topic));
            }
            if (!admin.getSubscriptionExists(topic, subscription)) {
                createIgnoringRace(() -> admin.createSubscription(topic, subscription));
            }
        } catch (HttpResponseException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().getStatusCode();
            if (status != 401 && status != 403) {
                throw e;
            }
            LOG.warn("Not allowed to manage Service Bus entities (HTTP {}): taking topic {} and its subscription {}"
                    + " to exist as the infrastructure created them", status, topic, subscription);
        }
    }

    private static void createIgnoringRace(Runnable create) {
        try {
            create.run();
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
