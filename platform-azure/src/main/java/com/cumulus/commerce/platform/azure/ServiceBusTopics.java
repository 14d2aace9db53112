package com.cumulus.commerce.platform.azure;

import com.azure.core.exception.HttpResponseException;
import com.azure.core.exception.ResourceExistsException;
import com.azure.core.exception.ResourceNotFoundException;
import com.azure.messaging.servicebus.administration.models.CorrelationRuleFilter;
import com.azure.messaging.servicebus.administration.models.CreateRuleOptions;
import com.azure.messaging.servicebus.administration.models.RuleFilter;
import com.azure.messaging.servicebus.administration.models.SubscriptionProperties;
import com.azure.messaging.servicebus.administration.models.TrueRuleFilter;
import com.cumulus.commerce.platform.messaging.OutgoingMessage;
import com.cumulus.commerce.platform.messaging.Topics;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
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

    /**
     * Creates the subscription where it is missing, then gives it one correlation rule per type (on the
     * application property {@code type}), or the {@code $Default} rule that takes every message when there are
     * none: the wanted rules are added before the others are deleted, so the subscription never misses a wanted
     * message while it changes. Without the Manage right the rules are taken to be the infrastructure's.
     */
    @Override
    public void subscribe(String topic, String subscription, Set<String> types) {
        Objects.requireNonNull(types, "'types' must not be null");
        types.forEach(type -> requireName(type, "type"));
        subscribe(topic, subscription);
        var wanted = new TreeMap<String, RuleFilter>();
        if (types.isEmpty()) {
            wanted.put(DEFAULT_RULE, new TrueRuleFilter());
        } else {
            types.forEach(type -> {
                var filter = new CorrelationRuleFilter();
                filter.getProperties().put(TYPE_PROPERTY, type);
                wanted.put(ruleName(type), filter);
            });
        }
        var admin = clients.administration();
        try {
            var existing = new TreeSet<String>();
            admin.listRules(topic, subscription).forEach(rule -> existing.add(rule.getName()));
            for (Map.Entry<String, RuleFilter> rule : wanted.entrySet()) {
                if (!existing.contains(rule.getKey())) {
                    createIgnoringRace(() -> admin.createRule(topic, subscription, rule.getKey(),
                            new CreateRuleOptions(rule.getValue())));
                }
            }
            for (String name : existing) {
                if (!wanted.containsKey(name)) {
                    admin.deleteRule(topic, subscription, name);
                }
            }
        } catch (HttpResponseException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().getStatusCode();
            if (status != 401 && status != 403) {
                throw e;
            }
            LOG.warn("Not allowed to manage Service Bus rules (HTTP {}): taking subscription {} of topic {} to filter"
                    + " as the infrastructure set it", status, subscription, topic);
        }
    }

    /** The rule Service Bus gives a new subscription: every message. */
    static final String DEFAULT_RULE = "$Default";
    private static final Pattern RULE_NAME = Pattern.compile("[A-Za-z0-9._-]{1,50}");

    /** The type itself where Service Bus allows it as a rule name, else a digest of it. */
    static String ruleName(String type) {
        if (RULE_NAME.matcher(type).matches() && !type.startsWith("$")) {
            return type;
        }
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(type.getBytes(StandardCharsets.UTF_8));
            return "type-" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
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
