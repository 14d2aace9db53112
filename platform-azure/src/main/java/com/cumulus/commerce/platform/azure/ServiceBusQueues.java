package com.cumulus.commerce.platform.azure;

import com.azure.core.exception.ResourceNotFoundException;
import com.azure.messaging.servicebus.ServiceBusException;
import com.azure.messaging.servicebus.ServiceBusFailureReason;
import com.azure.messaging.servicebus.ServiceBusReceivedMessage;
import com.azure.messaging.servicebus.ServiceBusReceiverClient;
import com.azure.messaging.servicebus.administration.models.CreateQueueOptions;
import com.azure.messaging.servicebus.administration.models.QueueProperties;
import com.azure.messaging.servicebus.administration.models.QueueRuntimeProperties;
import com.azure.messaging.servicebus.administration.models.SubscriptionProperties;
import com.azure.messaging.servicebus.administration.models.SubscriptionRuntimeProperties;
import com.azure.messaging.servicebus.models.DeadLetterOptions;
import com.cumulus.commerce.platform.messaging.LockLostException;
import com.cumulus.commerce.platform.messaging.OutgoingMessage;
import com.cumulus.commerce.platform.messaging.QueueOptions;
import com.cumulus.commerce.platform.messaging.Queues;
import com.cumulus.commerce.platform.messaging.ReceivedMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * {@link Queues} on Service Bus queues and topic subscriptions, in peek-lock mode. Settling needs the SDK's message
 * and the receiver it came from, so both are kept by lock token until the message is settled or its lock is long
 * gone; a token this process never handed out, or one already settled, is a lost lock. The service raises the
 * delivery count, dead-letters after {@code MaxDeliveryCount}, drops duplicate message ids and holds scheduled
 * messages; entity options are read and written through the administration client.
 */
final class ServiceBusQueues implements Queues, AutoCloseable {

    /** How long one receive waits for the first message before answering empty. */
    static final Duration RECEIVE_WAIT = Duration.ofSeconds(1);
    /** How long past its lock's end a received message is still kept (clocks differ a little from the service's). */
    private static final Duration KEEP_AFTER_LOCK = Duration.ofMinutes(1);

    private final ServiceBusClients clients;
    private final Map<String, Locked> locked = new ConcurrentHashMap<>();

    private record Locked(ServiceBusReceiverClient receiver, ServiceBusReceivedMessage message, Instant lockedUntil) {

        Locked renewedUntil(Instant until) {
            return new Locked(receiver, message, until);
        }
    }

    ServiceBusQueues(ServiceBusClients clients) {
        this.clients = Objects.requireNonNull(clients, "'clients' must not be null");
    }

    @Override
    public void configure(String entityPath, QueueOptions options) {
        Objects.requireNonNull(options, "'options' must not be null");
        var entity = ServiceBusEntity.parse(entityPath);
        if (entity.deadLetter()) {
            throw new IllegalArgumentException("'entityPath' is a dead-letter queue, whose options are its entity's");
        }
        var admin = clients.administration();
        String forwardTo = options.deadLetterPath();
        if (entity.isSubscription()) {
            SubscriptionProperties subscription = admin.getSubscription(entity.queueOrTopic(), entity.subscription());
            subscription.setLockDuration(options.lockDuration()).setMaxDeliveryCount(options.maxDeliveryCount())
                    .setForwardDeadLetteredMessagesTo(forwardTo);
            admin.updateSubscription(subscription);
            return;
        }
        boolean duplicateDetection = !options.duplicateDetectionWindow().isZero();
        if (admin.getQueueExists(entity.queueOrTopic())) {
            QueueProperties queue = admin.getQueue(entity.queueOrTopic());
            if (queue.isDuplicateDetectionRequired() != duplicateDetection) {
                throw new IllegalStateException("queue '" + entity.queueOrTopic() + "' was created "
                        + (duplicateDetection ? "without" : "with") + " duplicate detection, which Service Bus"
                        + " fixes when a queue is created");
            }
            queue.setLockDuration(options.lockDuration()).setMaxDeliveryCount(options.maxDeliveryCount())
                    .setForwardDeadLetteredMessagesTo(forwardTo);
            if (duplicateDetection) {
                queue.setDuplicateDetectionHistoryTimeWindow(options.duplicateDetectionWindow());
            }
            admin.updateQueue(queue);
        } else {
            var create = new CreateQueueOptions().setLockDuration(options.lockDuration())
                    .setMaxDeliveryCount(options.maxDeliveryCount()).setDuplicateDetectionRequired(duplicateDetection)
                    .setForwardDeadLetteredMessagesTo(forwardTo);
            if (duplicateDetection) {
                create.setDuplicateDetectionHistoryTimeWindow(options.duplicateDetectionWindow());
            }
            admin.createQueue(entity.queueOrTopic(), create);
        }
    }

    /**
     * The entity's options as Service Bus keeps them. Service Bus has no ceiling on lock renewal (the Functions host
     * sets one), so {@code maxLockRenewal} is always the default; an entity that does not exist has the defaults.
     */
    @Override
    public QueueOptions options(String entityPath) {
        var entity = ServiceBusEntity.parse(entityPath);
        var defaults = QueueOptions.serviceBusDefaults();
        var admin = clients.administration();
        try {
            if (entity.isSubscription()) {
                var subscription = admin.getSubscription(entity.queueOrTopic(), entity.subscription());
                return new QueueOptions(subscription.getLockDuration(), defaults.maxLockRenewal(),
                        subscription.getMaxDeliveryCount(), defaults.duplicateDetectionWindow(),
                        blankToNull(subscription.getForwardDeadLetteredMessagesTo()));
            }
            var queue = admin.getQueue(entity.queueOrTopic());
            return new QueueOptions(queue.getLockDuration(), defaults.maxLockRenewal(), queue.getMaxDeliveryCount(),
                    queue.isDuplicateDetectionRequired() ? queue.getDuplicateDetectionHistoryTimeWindow() : Duration.ZERO,
                    blankToNull(queue.getForwardDeadLetteredMessagesTo()));
        } catch (ResourceNotFoundException e) {
            return defaults;
        }
    }

    @Override
    public void send(String entityPath, OutgoingMessage message) {
        Objects.requireNonNull(message, "'message' must not be null");
        var entity = ServiceBusEntity.parse(entityPath);
        if (entity.isSubscription() || entity.deadLetter()) {
            throw new IllegalArgumentException("'entityPath' must be a queue: send to a topic through Topics");
        }
        clients.queueSender(entity.queueOrTopic()).sendMessage(ServiceBusMessages.toServiceBus(message));
    }

    @Override
    public List<ReceivedMessage> receive(String entityPath, int maxMessages) {
        var entity = ServiceBusEntity.parse(entityPath);
        if (maxMessages < 1) {
            throw new IllegalArgumentException("'maxMessages' must be at least 1");
        }
        forgetLongGoneLocks();
        var receiver = clients.receiver(entity);
        var received = new ArrayList<ReceivedMessage>();
        for (ServiceBusReceivedMessage message : receiver.receiveMessages(maxMessages, RECEIVE_WAIT)) {
            Instant until = message.getLockedUntil() == null ? Instant.now() : message.getLockedUntil().toInstant();
            locked.put(message.getLockToken(), new Locked(receiver, message, until));
            received.add(ServiceBusMessages.fromServiceBus(entityPath, message));
        }
        return received;
    }

    @Override
    public void complete(ReceivedMessage message) {
        settle(message, held -> held.receiver().complete(held.message()));
    }

    @Override
    public void abandon(ReceivedMessage message) {
        settle(message, held -> held.receiver().abandon(held.message()));
    }

    @Override
    public void deadLetter(ReceivedMessage message, String reason, String description) {
        var options = new DeadLetterOptions().setDeadLetterReason(reason).setDeadLetterErrorDescription(description);
        settle(message, held -> held.receiver().deadLetter(held.message(), options));
    }

    /** Renews through the service, which extends by the entity's lock duration (with no ceiling of its own). */
    @Override
    public Instant renewLock(ReceivedMessage message) {
        var held = held(message);
        try {
            Instant until = held.receiver().renewMessageLock(held.message()).toInstant();
            locked.replace(message.lockToken(), held, held.renewedUntil(until));
            return until;
        } catch (ServiceBusException e) {
            throw lockLostOr(message, e);
        }
    }

    /** Active and scheduled messages of a queue or subscription (locked ones are active), or its dead letters. */
    @Override
    public long count(String entityPath) {
        var entity = ServiceBusEntity.parse(entityPath);
        var admin = clients.administration();
        try {
            if (entity.isSubscription()) {
                SubscriptionRuntimeProperties runtime = admin.getSubscriptionRuntimeProperties(entity.queueOrTopic(),
                        entity.subscription());
                return entity.deadLetter() ? runtime.getDeadLetterMessageCount() : runtime.getActiveMessageCount();
            }
            QueueRuntimeProperties runtime = admin.getQueueRuntimeProperties(entity.queueOrTopic());
            return entity.deadLetter() ? runtime.getDeadLetterMessageCount()
                    : (long) runtime.getActiveMessageCount() + runtime.getScheduledMessageCount();
        } catch (ResourceNotFoundException e) {
            return 0;
        }
    }

    @Override
    public void close() {
        locked.clear();
        clients.close();
    }

    private void settle(ReceivedMessage message, Consumer<Locked> settlement) {
        var held = held(message);
        try {
            settlement.accept(held);
            locked.remove(message.lockToken(), held);
        } catch (ServiceBusException e) {
            throw lockLostOr(message, e);
        }
    }

    private Locked held(ReceivedMessage message) {
        Objects.requireNonNull(message, "'message' must not be null");
        var held = message.lockToken() == null ? null : locked.get(message.lockToken());
        if (held == null) {
            throw new LockLostException("the lock on message '" + message.messageId() + "' of '"
                    + message.entityPath() + "' was settled already or is not held by this process");
        }
        return held;
    }

    private RuntimeException lockLostOr(ReceivedMessage message, ServiceBusException e) {
        if (e.getReason() == ServiceBusFailureReason.MESSAGE_LOCK_LOST
                || e.getReason() == ServiceBusFailureReason.SESSION_LOCK_LOST) {
            locked.remove(message.lockToken());
            var lost = new LockLostException("the lock on message '" + message.messageId() + "' of '"
                    + message.entityPath() + "' expired or was lost (" + Queues.LOCK_LOST + ")");
            lost.initCause(e);
            return lost;
        }
        return e;
    }

    /** Drops what was received but never settled once its lock is well over: the service has released it. */
    private void forgetLongGoneLocks() {
        Instant horizon = Instant.now().minus(KEEP_AFTER_LOCK);
        locked.values().removeIf(held -> held.lockedUntil().isBefore(horizon));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
