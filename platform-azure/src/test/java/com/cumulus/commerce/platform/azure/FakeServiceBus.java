package com.cumulus.commerce.platform.azure;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.azure.core.exception.ResourceNotFoundException;
import com.azure.core.http.rest.PagedIterable;
import com.azure.core.util.BinaryData;
import com.azure.core.util.IterableStream;
import com.azure.messaging.servicebus.ServiceBusMessage;
import com.azure.messaging.servicebus.ServiceBusReceivedMessage;
import com.azure.messaging.servicebus.ServiceBusReceiverClient;
import com.azure.messaging.servicebus.ServiceBusSenderClient;
import com.azure.messaging.servicebus.administration.ServiceBusAdministrationClient;
import com.azure.messaging.servicebus.administration.implementation.EntityHelper;
import com.azure.messaging.servicebus.administration.models.CorrelationRuleFilter;
import com.azure.messaging.servicebus.administration.models.CreateQueueOptions;
import com.azure.messaging.servicebus.administration.models.CreateRuleOptions;
import com.azure.messaging.servicebus.administration.models.QueueProperties;
import com.azure.messaging.servicebus.administration.models.QueueRuntimeProperties;
import com.azure.messaging.servicebus.administration.models.RuleFilter;
import com.azure.messaging.servicebus.administration.models.RuleProperties;
import com.azure.messaging.servicebus.administration.models.SubscriptionProperties;
import com.azure.messaging.servicebus.administration.models.SubscriptionRuntimeProperties;
import com.azure.messaging.servicebus.administration.models.TrueRuleFilter;
import com.azure.messaging.servicebus.models.DeadLetterOptions;
import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.messaging.Queues;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * An in-memory Service Bus namespace behind the SDK's client types (Mockito mocks answering from this model), on a
 * test's clock, so the Queues and Topics contracts can run through {@link ServiceBusQueues} and
 * {@link ServiceBusTopics} unchanged. It models the service's documented behaviour where the adapters depend on
 * it: peek-lock with server-held locks (they outlive the client; a restarted client cannot settle them), a lock
 * renewal extending by the lock duration with no ceiling, delivery counts kept by the service (the SDK reports
 * earlier deliveries only), dead-lettering past MaxDeliveryCount, forwarding of dead letters, duplicate detection
 * by MessageId per entity (at the topic for subscriptions), scheduled messages. An entity the test names is taken
 * to exist with the defaults the infrastructure gives it (lock 60 s, 10 deliveries, duplicate detection 10 min).
 * It is a model, not Service Bus: what it shows is that the adapters map the port onto these calls faithfully.
 */
final class FakeServiceBus {

    private final Clock clock;
    private final Map<String, Entity> queues = new HashMap<>();
    private final Map<String, Map<String, Entity>> topics = new HashMap<>();
    private final Map<String, Map<String, Instant>> topicMessageIds = new HashMap<>();
    private long sequence;

    FakeServiceBus(Clock clock) {
        this.clock = clock;
    }

    private static final class Entity {
        Duration lockDuration = Duration.ofSeconds(60);
        int maxDeliveryCount = 10;
        boolean duplicateDetection = true;
        Duration duplicateWindow = Duration.ofMinutes(10);
        String forwardDeadLettersTo;
        final List<Stored> active = new ArrayList<>();
        final List<Stored> deadLetters = new ArrayList<>();
        final Map<String, Instant> messageIds = new HashMap<>();
        /** A subscription's rules by name; a message is copied when any rule matches it. */
        final Map<String, RuleFilter> rules = new TreeMap<>();
    }

    private static final class Stored {
        long sequenceNumber;
        String messageId;
        String body;
        String contentType;
        String correlationId;
        Map<String, Object> properties;
        Instant enqueuedTime;
        Instant visibleAt;
        int deliveries;
        String lockToken;
        Instant lockedUntil;
        String deadLetterReason;
        String deadLetterDescription;

        Stored copy() {
            var copy = new Stored();
            copy.messageId = messageId;
            copy.body = body;
            copy.contentType = contentType;
            copy.correlationId = correlationId;
            copy.properties = new LinkedHashMap<>(properties);
            copy.enqueuedTime = enqueuedTime;
            copy.visibleAt = visibleAt;
            return copy;
        }
    }

    /** The clients a fresh adapter gets, as a restarted process would open them. */
    ServiceBusClients clients() {
        var clients = mock(ServiceBusClients.class);
        var admin = administration();
        when(clients.administration()).thenReturn(admin);
        when(clients.queueSender(anyString())).thenAnswer(i -> sender(i.getArgument(0), false));
        when(clients.topicSender(anyString())).thenAnswer(i -> sender(i.getArgument(0), true));
        when(clients.receiver(any())).thenAnswer(i -> receiver(i.getArgument(0)));
        return clients;
    }

    private ServiceBusSenderClient sender(String name, boolean topic) {
        var sender = mock(ServiceBusSenderClient.class);
        doAnswer(i -> {
            ServiceBusMessage message = i.getArgument(0);
            if (topic) {
                publish(name, message);
            } else {
                send(queue(name), message);
            }
            return null;
        }).when(sender).sendMessage(any(ServiceBusMessage.class));
        return sender;
    }

    private ServiceBusReceiverClient receiver(ServiceBusEntity path) {
        var receiver = mock(ServiceBusReceiverClient.class);
        when(receiver.receiveMessages(anyInt(), any(Duration.class)))
                .thenAnswer(i -> IterableStream.of(receive(path, i.getArgument(0))));
        doAnswer(i -> settle(path, i.getArgument(0), Settlement.COMPLETE, null)).when(receiver).complete(any());
        doAnswer(i -> settle(path, i.getArgument(0), Settlement.ABANDON, null)).when(receiver).abandon(any());
        doAnswer(i -> settle(path, i.getArgument(0), Settlement.DEAD_LETTER, i.getArgument(1)))
                .when(receiver).deadLetter(any(), any(DeadLetterOptions.class));
        when(receiver.renewMessageLock(any())).thenAnswer(i -> renew(path, i.getArgument(0)));
        return receiver;
    }

    private ServiceBusAdministrationClient administration() {
        var admin = mock(ServiceBusAdministrationClient.class);
        when(admin.getQueueExists(anyString())).thenAnswer(i -> exists(i.getArgument(0)));
        when(admin.getQueue(anyString())).thenAnswer(i -> queueProperties(i.getArgument(0)));
        when(admin.createQueue(anyString(), any(CreateQueueOptions.class)))
                .thenAnswer(i -> createQueue(i.getArgument(0), i.getArgument(1)));
        when(admin.updateQueue(any(QueueProperties.class))).thenAnswer(i -> updateQueue(i.getArgument(0)));
        when(admin.getQueueRuntimeProperties(anyString())).thenAnswer(i -> queueRuntime(i.getArgument(0)));
        when(admin.getSubscriptionRuntimeProperties(anyString(), anyString()))
                .thenAnswer(i -> subscriptionRuntime(i.getArgument(0), i.getArgument(1)));
        when(admin.getTopicExists(anyString())).thenAnswer(i -> topicExists(i.getArgument(0)));
        when(admin.createTopic(anyString())).thenAnswer(i -> createTopic(i.getArgument(0)));
        when(admin.getSubscriptionExists(anyString(), anyString()))
                .thenAnswer(i -> subscriptionExists(i.getArgument(0), i.getArgument(1)));
        when(admin.createSubscription(anyString(), anyString()))
                .thenAnswer(i -> createSubscription(i.getArgument(0), i.getArgument(1)));
        when(admin.listSubscriptions(anyString())).thenAnswer(i -> listSubscriptions(i.getArgument(0)));
        when(admin.listRules(anyString(), anyString())).thenAnswer(i -> listRules(i.getArgument(0), i.getArgument(1)));
        when(admin.createRule(anyString(), anyString(), anyString(), any(CreateRuleOptions.class)))
                .thenAnswer(i -> createRule(i.getArgument(0), i.getArgument(1), i.getArgument(2), i.getArgument(3)));
        doAnswer(i -> deleteRule(i.getArgument(0), i.getArgument(1), i.getArgument(2)))
                .when(admin).deleteRule(anyString(), anyString(), anyString());
        return admin;
    }

    private enum Settlement { COMPLETE, ABANDON, DEAD_LETTER }

    // the namespace

    private synchronized Entity queue(String name) {
        return queues.computeIfAbsent(name, n -> new Entity());
    }

    private synchronized void send(Entity entity, ServiceBusMessage message) {
        Instant now = clock.now();
        if (isDuplicate(entity.duplicateDetection, entity.duplicateWindow, entity.messageIds, message, now)) {
            return;
        }
        entity.active.add(stored(message, now));
    }

    private synchronized void publish(String topic, ServiceBusMessage message) {
        Instant now = clock.now();
        var ids = topicMessageIds.computeIfAbsent(topic, t -> new HashMap<>());
        if (isDuplicate(true, Duration.ofMinutes(10), ids, message, now)) {
            return;
        }
        for (Entity subscription : topics.getOrDefault(topic, Map.of()).values()) {
            if (subscription.rules.values().stream().anyMatch(rule -> matches(rule, message))) {
                subscription.active.add(stored(message, now));
            }
        }
    }

    private static boolean isDuplicate(boolean detection, Duration window, Map<String, Instant> seen,
            ServiceBusMessage message, Instant now) {
        if (!detection || message.getMessageId() == null) {
            return false;
        }
        Instant earlier = seen.get(message.getMessageId());
        if (earlier != null && now.isBefore(earlier.plus(window))) {
            return true;
        }
        seen.put(message.getMessageId(), now);
        return false;
    }

    private Stored stored(ServiceBusMessage message, Instant now) {
        var stored = new Stored();
        stored.sequenceNumber = ++sequence;
        stored.messageId = message.getMessageId();
        stored.body = message.getBody().toString();
        stored.contentType = message.getContentType();
        stored.correlationId = message.getCorrelationId();
        stored.properties = new LinkedHashMap<>(message.getApplicationProperties());
        stored.enqueuedTime = now;
        stored.visibleAt = message.getScheduledEnqueueTime() == null ? now
                : message.getScheduledEnqueueTime().toInstant();
        return stored;
    }

    private synchronized Entity entity(ServiceBusEntity path) {
        if (path.isSubscription()) {
            var subscription = topics.getOrDefault(path.queueOrTopic(), Map.of()).get(path.subscription());
            if (subscription == null) {
                throw new IllegalStateException("no subscription " + path.path());
            }
            return subscription;
        }
        return queue(path.queueOrTopic());
    }

    private synchronized List<ServiceBusReceivedMessage> receive(ServiceBusEntity path, int max) {
        Entity entity = entity(path);
        Instant now = clock.now();
        expireLocks(entity, now);
        List<Stored> list = path.deadLetter() ? entity.deadLetters : entity.active;
        var received = new ArrayList<ServiceBusReceivedMessage>();
        for (Stored stored : list) {
            if (received.size() == max) {
                break;
            }
            if (stored.lockToken == null && !stored.visibleAt.isAfter(now)) {
                stored.lockToken = UUID.randomUUID().toString();
                stored.lockedUntil = now.plus(entity.lockDuration);
                stored.deliveries++;
                received.add(asReceived(stored));
            }
        }
        return received;
    }

    private synchronized Void settle(ServiceBusEntity path, ServiceBusReceivedMessage message, Settlement settlement,
            DeadLetterOptions options) {
        Entity entity = entity(path);
        List<Stored> list = path.deadLetter() ? entity.deadLetters : entity.active;
        Stored stored = locked(entity, list, message);
        switch (settlement) {
            case COMPLETE -> list.remove(stored);
            case ABANDON -> release(entity, list, stored, !path.deadLetter());
            case DEAD_LETTER -> {
                list.remove(stored);
                deadLetter(entity, stored, options.getDeadLetterReason(), options.getDeadLetterErrorDescription());
            }
        }
        return null;
    }

    private synchronized OffsetDateTime renew(ServiceBusEntity path, ServiceBusReceivedMessage message) {
        Entity entity = entity(path);
        Stored stored = locked(entity, path.deadLetter() ? entity.deadLetters : entity.active, message);
        stored.lockedUntil = clock.now().plus(entity.lockDuration);
        return OffsetDateTime.ofInstant(stored.lockedUntil, ZoneOffset.UTC);
    }

    private Stored locked(Entity entity, List<Stored> list, ServiceBusReceivedMessage message) {
        Instant now = clock.now();
        expireLocks(entity, now);
        return list.stream().filter(s -> message.getLockToken().equals(s.lockToken)).findFirst()
                .orElseThrow(ServiceBusFixture::lockLost);
    }

    private void expireLocks(Entity entity, Instant now) {
        for (Stored stored : List.copyOf(entity.active)) {
            if (stored.lockToken != null && !now.isBefore(stored.lockedUntil)) {
                release(entity, entity.active, stored, true);
            }
        }
        for (Stored stored : entity.deadLetters) {
            if (stored.lockToken != null && !now.isBefore(stored.lockedUntil)) {
                stored.lockToken = null;
            }
        }
    }

    private void release(Entity entity, List<Stored> list, Stored stored, boolean countsDeliveries) {
        stored.lockToken = null;
        stored.lockedUntil = null;
        if (countsDeliveries && stored.deliveries >= entity.maxDeliveryCount) {
            list.remove(stored);
            deadLetter(entity, stored, Queues.MAX_DELIVERY_COUNT_EXCEEDED,
                    "Message could not be consumed after " + entity.maxDeliveryCount + " delivery attempts.");
        }
    }

    private void deadLetter(Entity entity, Stored stored, String reason, String description) {
        var dead = stored.copy();
        dead.sequenceNumber = stored.sequenceNumber;
        dead.deliveries = stored.deliveries;
        dead.deadLetterReason = reason;
        dead.deadLetterDescription = description;
        dead.properties.put("DeadLetterReason", reason);
        dead.properties.put("DeadLetterErrorDescription", description);
        if (entity.forwardDeadLettersTo != null) {
            dead.sequenceNumber = ++sequence;
            dead.deliveries = 0;
            queue(entity.forwardDeadLettersTo).active.add(dead);
        } else {
            entity.deadLetters.add(dead);
        }
    }

    private static ServiceBusReceivedMessage asReceived(Stored stored) {
        var message = mock(ServiceBusReceivedMessage.class, withSettings().stubOnly());
        when(message.getMessageId()).thenReturn(stored.messageId);
        when(message.getBody()).thenReturn(BinaryData.fromString(stored.body));
        when(message.getContentType()).thenReturn(stored.contentType);
        when(message.getCorrelationId()).thenReturn(stored.correlationId);
        when(message.getApplicationProperties()).thenReturn(new LinkedHashMap<>(stored.properties));
        when(message.getSequenceNumber()).thenReturn(stored.sequenceNumber);
        when(message.getDeliveryCount()).thenReturn((long) stored.deliveries - 1);
        when(message.getEnqueuedTime()).thenReturn(OffsetDateTime.ofInstant(stored.enqueuedTime, ZoneOffset.UTC));
        when(message.getLockToken()).thenReturn(stored.lockToken);
        when(message.getLockedUntil()).thenReturn(OffsetDateTime.ofInstant(stored.lockedUntil, ZoneOffset.UTC));
        when(message.getDeadLetterReason()).thenReturn(stored.deadLetterReason);
        when(message.getDeadLetterErrorDescription()).thenReturn(stored.deadLetterDescription);
        return message;
    }

    // administration

    private synchronized boolean exists(String name) {
        return queues.containsKey(name);
    }

    private synchronized QueueProperties queueProperties(String name) {
        Entity entity = queues.get(name);
        if (entity == null) {
            throw new ResourceNotFoundException("Queue '" + name + "' does not exist", null);
        }
        var options = new CreateQueueOptions().setLockDuration(entity.lockDuration)
                .setMaxDeliveryCount(entity.maxDeliveryCount).setDuplicateDetectionRequired(entity.duplicateDetection)
                .setDuplicateDetectionHistoryTimeWindow(entity.duplicateWindow)
                .setForwardDeadLetteredMessagesTo(entity.forwardDeadLettersTo);
        QueueProperties properties = EntityHelper.toModel(EntityHelper.getQueueDescription(options));
        EntityHelper.setQueueName(properties, name);
        return properties;
    }

    private synchronized QueueProperties createQueue(String name, CreateQueueOptions options) {
        var entity = new Entity();
        entity.lockDuration = options.getLockDuration();
        entity.maxDeliveryCount = options.getMaxDeliveryCount();
        entity.duplicateDetection = options.isDuplicateDetectionRequired();
        entity.duplicateWindow = options.getDuplicateDetectionHistoryTimeWindow();
        entity.forwardDeadLettersTo = options.getForwardDeadLetteredMessagesTo();
        queues.put(name, entity);
        return queueProperties(name);
    }

    private synchronized QueueProperties updateQueue(QueueProperties properties) {
        Entity entity = queues.get(properties.getName());
        entity.lockDuration = properties.getLockDuration();
        entity.maxDeliveryCount = properties.getMaxDeliveryCount();
        entity.duplicateWindow = properties.getDuplicateDetectionHistoryTimeWindow();
        entity.forwardDeadLettersTo = properties.getForwardDeadLetteredMessagesTo();
        return queueProperties(properties.getName());
    }

    private synchronized QueueRuntimeProperties queueRuntime(String name) {
        Entity entity = queues.get(name);
        if (entity == null) {
            throw new ResourceNotFoundException("Queue '" + name + "' does not exist", null);
        }
        Instant now = clock.now();
        expireLocks(entity, now);
        var runtime = mock(QueueRuntimeProperties.class, withSettings().stubOnly());
        int scheduled = (int) entity.active.stream().filter(s -> s.visibleAt.isAfter(now)).count();
        when(runtime.getActiveMessageCount()).thenReturn(entity.active.size() - scheduled);
        when(runtime.getScheduledMessageCount()).thenReturn(scheduled);
        when(runtime.getDeadLetterMessageCount()).thenReturn(entity.deadLetters.size());
        return runtime;
    }

    private synchronized SubscriptionRuntimeProperties subscriptionRuntime(String topic, String name) {
        Entity entity = topics.getOrDefault(topic, Map.of()).get(name);
        if (entity == null) {
            throw new ResourceNotFoundException("Subscription '" + name + "' does not exist", null);
        }
        expireLocks(entity, clock.now());
        var runtime = mock(SubscriptionRuntimeProperties.class, withSettings().stubOnly());
        when(runtime.getActiveMessageCount()).thenReturn(entity.active.size());
        when(runtime.getDeadLetterMessageCount()).thenReturn(entity.deadLetters.size());
        return runtime;
    }

    private synchronized boolean topicExists(String topic) {
        return topics.containsKey(topic);
    }

    private synchronized Object createTopic(String topic) {
        topics.putIfAbsent(topic, new LinkedHashMap<>());
        return null;
    }

    private synchronized boolean subscriptionExists(String topic, String name) {
        return topics.getOrDefault(topic, Map.of()).containsKey(name);
    }

    private synchronized Object createSubscription(String topic, String name) {
        topics.computeIfAbsent(topic, t -> new LinkedHashMap<>()).computeIfAbsent(name, n -> {
            var entity = new Entity();
            entity.rules.put(ServiceBusTopics.DEFAULT_RULE, new TrueRuleFilter()); // as the service creates it
            return entity;
        });
        return null;
    }

    /** The rule filters the adapters use: true, and correlation on application properties. */
    private static boolean matches(RuleFilter rule, ServiceBusMessage message) {
        if (rule instanceof TrueRuleFilter) {
            return true;
        }
        if (rule instanceof CorrelationRuleFilter correlation) {
            return correlation.getProperties().entrySet().stream().allMatch(property ->
                    property.getValue().equals(message.getApplicationProperties().get(property.getKey())));
        }
        throw new IllegalStateException("the fake namespace knows no " + rule.getClass().getSimpleName());
    }

    private synchronized Entity subscription(String topic, String name) {
        Entity entity = topics.getOrDefault(topic, Map.of()).get(name);
        if (entity == null) {
            throw new ResourceNotFoundException("Subscription '" + name + "' does not exist", null);
        }
        return entity;
    }

    @SuppressWarnings("unchecked")
    private synchronized PagedIterable<RuleProperties> listRules(String topic, String subscription) {
        var listed = new ArrayList<RuleProperties>();
        subscription(topic, subscription).rules.forEach((name, filter) -> {
            var properties = mock(RuleProperties.class, withSettings().stubOnly());
            when(properties.getName()).thenReturn(name);
            when(properties.getFilter()).thenReturn(filter);
            listed.add(properties);
        });
        PagedIterable<RuleProperties> page = mock(PagedIterable.class, withSettings().stubOnly());
        when(page.iterator()).thenAnswer(i -> listed.iterator());
        doAnswer(i -> {
            listed.forEach(i.getArgument(0));
            return null;
        }).when(page).forEach(any());
        return page;
    }

    private synchronized Object createRule(String topic, String subscription, String name, CreateRuleOptions options) {
        var rules = subscription(topic, subscription).rules;
        if (rules.containsKey(name)) {
            throw new com.azure.core.exception.ResourceExistsException("Rule '" + name + "' exists", null);
        }
        rules.put(name, options.getFilter());
        return null;
    }

    private synchronized Object deleteRule(String topic, String subscription, String name) {
        if (subscription(topic, subscription).rules.remove(name) == null) {
            throw new ResourceNotFoundException("Rule '" + name + "' does not exist", null);
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private synchronized PagedIterable<SubscriptionProperties> listSubscriptions(String topic) {
        var subscriptions = topics.get(topic);
        if (subscriptions == null) {
            throw new ResourceNotFoundException("Topic '" + topic + "' does not exist", null);
        }
        var listed = new ArrayList<SubscriptionProperties>();
        for (String name : new TreeSet<>(subscriptions.keySet())) {
            var properties = mock(SubscriptionProperties.class, withSettings().stubOnly());
            when(properties.getSubscriptionName()).thenReturn(name);
            listed.add(properties);
        }
        PagedIterable<SubscriptionProperties> page = mock(PagedIterable.class, withSettings().stubOnly());
        when(page.iterator()).thenAnswer(i -> listed.iterator());
        return page;
    }
}
