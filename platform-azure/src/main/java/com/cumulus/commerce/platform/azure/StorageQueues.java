package com.cumulus.commerce.platform.azure;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.policy.HttpPipelinePolicy;
import com.azure.core.util.BinaryData;
import com.azure.storage.queue.QueueClient;
import com.azure.storage.queue.QueueMessageEncoding;
import com.azure.storage.queue.QueueServiceClient;
import com.azure.storage.queue.QueueServiceClientBuilder;
import com.azure.storage.queue.models.QueueMessageItem;
import com.azure.storage.queue.models.QueueStorageException;
import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.config.AppSettings;
import com.cumulus.commerce.platform.http.Json;
import com.cumulus.commerce.platform.messaging.LockLostException;
import com.cumulus.commerce.platform.messaging.OutgoingMessage;
import com.cumulus.commerce.platform.messaging.QueueOptions;
import com.cumulus.commerce.platform.messaging.Queues;
import com.cumulus.commerce.platform.messaging.ReceivedMessage;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * {@link Queues} on Azure Storage queues through azure-storage-queue, with the Base64 message encoding the
 * Functions queue trigger expects, on {@code AzureWebJobsStorage} (a connection string, or
 * {@code __queueServiceUri} / {@code __accountName} with a credential). What a storage queue does differently
 * from Service Bus:
 * <ul>
 *   <li>a message's text is a JSON envelope ({@code messageId}, {@code body}, {@code contentType},
 *       {@code correlationId}, {@code properties}, and on a poison queue {@code deadLetterReason} and
 *       {@code deadLetterDescription}): a storage message has no properties of its own;</li>
 *   <li>a lock is the visibility timeout, its token the pop receipt; locks are known to this process only, so
 *       a lock taken before a restart is lost to it, while the message stays invisible until its timeout;</li>
 *   <li>there is no duplicate detection (a second send of a message id is a second message) and no sequence
 *       numbers ({@code sequenceNumber} is 0);</li>
 *   <li>a scheduled message is sent with a visibility timeout until its time (at most 7 days ahead);</li>
 *   <li>the dead-letter entity of {@code <queue>} is {@code <queue>-poison}, as for the Functions trigger; a
 *       message dequeued more than {@code maxDeliveryCount} times is moved there on its next receive;</li>
 *   <li>an entity's options are kept in the queue's metadata; at most 32 messages come per receive.</li>
 * </ul>
 */
public final class StorageQueues implements Queues {

    static final String CONNECTION = "AzureWebJobsStorage";
    private static final int MAX_BATCH = 32;
    private static final Duration MAX_VISIBILITY = Duration.ofDays(7);
    private static final String DEAD_LETTER_SUFFIX = "/$DeadLetterQueue";
    private static final Pattern QUEUE_NAME = Pattern.compile("[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]");

    private final QueueServiceClient service;
    private final Clock clock;
    private final Set<String> created = ConcurrentHashMap.newKeySet();
    private final Map<String, QueueOptions> options = new ConcurrentHashMap<>();
    private final Map<String, Lease> leases = new ConcurrentHashMap<>();

    StorageQueues(QueueServiceClient service, Clock clock) {
        this.service = Objects.requireNonNull(service, "'service' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
    }

    /** Storage queues on {@code AzureWebJobsStorage}; Service Bus stays the platform's default {@link Queues}. */
    public static StorageQueues open(AppSettings settings) {
        return new StorageQueues(serviceClient(ServiceConnection.named(settings, CONNECTION), null), Clock.system());
    }

    /** With {@code credential} null, the connection's own; {@code policies} go into the SDK's pipeline. */
    static QueueServiceClient serviceClient(ServiceConnection connection, TokenCredential credential,
            HttpPipelinePolicy... policies) {
        var builder = new QueueServiceClientBuilder().messageEncoding(QueueMessageEncoding.BASE64);
        for (HttpPipelinePolicy policy : policies) {
            builder.addPolicy(policy);
        }
        Optional<String> connectionString = connection.connectionString();
        if (connectionString.isPresent()) {
            return builder.connectionString(connectionString.get()).buildClient();
        }
        String endpoint = connection.property("queueServiceUri")
                .or(() -> connection.property("accountName").map(a -> "https://" + a + ".queue.core.windows.net"))
                .orElseThrow(() -> new IllegalStateException("app setting '" + connection.name() + "' or '"
                        + connection.name() + "__queueServiceUri' is not set"));
        return builder.endpoint(endpoint).credential(credential != null ? credential : connection.credential())
                .buildClient();
    }

    /** The storage queue an entity path names: {@code <queue>/$DeadLetterQueue} is {@code <queue>-poison}. */
    static String queueName(String entityPath) {
        if (entityPath == null || entityPath.isBlank()) {
            throw new IllegalArgumentException("'entityPath' must not be blank");
        }
        String name = entityPath.endsWith(DEAD_LETTER_SUFFIX)
                ? entityPath.substring(0, entityPath.length() - DEAD_LETTER_SUFFIX.length()) + "-poison"
                : entityPath;
        if (!QUEUE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'entityPath' must be a storage queue name: 3 to 63 lower-case "
                    + "letters, digits and single hyphens, starting and ending with a letter or digit");
        }
        return name;
    }

    @Override
    public void configure(String entityPath, QueueOptions queueOptions) {
        Objects.requireNonNull(queueOptions, "'queueOptions' must not be null");
        String queue = queueName(entityPath);
        QueueClient client = created(queue);
        client.setMetadata(Map.of(
                "lockDuration", queueOptions.lockDuration().toString(),
                "maxLockRenewal", queueOptions.maxLockRenewal().toString(),
                "maxDeliveryCount", Integer.toString(queueOptions.maxDeliveryCount()),
                "duplicateDetectionWindow", queueOptions.duplicateDetectionWindow().toString(),
                "deadLetterPath", queueOptions.deadLetterPath() == null ? "" : queueOptions.deadLetterPath()));
        options.put(queue, queueOptions);
    }

    @Override
    public QueueOptions options(String entityPath) {
        String queue = queueName(entityPath);
        return options.computeIfAbsent(queue, this::readOptions);
    }

    private QueueOptions readOptions(String queue) {
        Map<String, String> metadata;
        try {
            metadata = service.getQueueClient(queue).getProperties().getMetadata();
        } catch (QueueStorageException e) {
            if (e.getStatusCode() == 404) {
                return QueueOptions.serviceBusDefaults();
            }
            throw e;
        }
        if (metadata == null || !metadata.containsKey("lockduration") && !metadata.containsKey("lockDuration")) {
            return QueueOptions.serviceBusDefaults();
        }
        Map<String, String> m = new HashMap<>();
        metadata.forEach((k, v) -> m.put(k.toLowerCase(java.util.Locale.ROOT), v));
        String deadLetter = m.getOrDefault("deadletterpath", "");
        return new QueueOptions(Duration.parse(m.get("lockduration")), Duration.parse(m.get("maxlockrenewal")),
                Integer.parseInt(m.get("maxdeliverycount")), Duration.parse(m.get("duplicatedetectionwindow")),
                deadLetter.isEmpty() ? null : deadLetter);
    }

    @Override
    public void send(String entityPath, OutgoingMessage message) {
        String queue = queueName(entityPath);
        Objects.requireNonNull(message, "'message' must not be null");
        send(queue, Envelope.of(message), visibilityUntil(message.scheduledEnqueueTime()));
    }

    private void send(String queue, Envelope envelope, Duration visibility) {
        created(queue).sendMessageWithResponse(BinaryData.fromString(envelope.json()), visibility,
                Duration.ofSeconds(-1), null, null);
    }

    private Duration visibilityUntil(Instant scheduled) {
        if (scheduled == null) {
            return null;
        }
        Duration delay = Duration.between(clock.now(), scheduled);
        if (delay.isNegative() || delay.isZero()) {
            return null;
        }
        if (delay.compareTo(MAX_VISIBILITY) > 0) {
            throw new IllegalArgumentException("a storage queue schedules at most 7 days ahead");
        }
        return wholeSeconds(delay);
    }

    @Override
    public List<ReceivedMessage> receive(String entityPath, int maxMessages) {
        String queue = queueName(entityPath);
        if (maxMessages < 1) {
            throw new IllegalArgumentException("'maxMessages' must be at least 1");
        }
        QueueOptions entityOptions = options(entityPath);
        Duration lock = wholeSeconds(entityOptions.lockDuration());
        List<ReceivedMessage> received = new ArrayList<>();
        QueueClient client = service.getQueueClient(queue);
        while (received.size() < maxMessages) {
            List<QueueMessageItem> batch = new ArrayList<>();
            try {
                client.receiveMessages(Math.min(MAX_BATCH, maxMessages - received.size()), lock, null, null)
                        .forEach(batch::add);
            } catch (QueueStorageException e) {
                if (e.getStatusCode() == 404) {
                    return List.of();
                }
                throw e;
            }
            if (batch.isEmpty()) {
                break;
            }
            for (QueueMessageItem item : batch) {
                Envelope envelope = Envelope.parse(item.getBody().toString());
                if (envelope.messageId == null) {
                    envelope.messageId = item.getMessageId();
                }
                if (item.getDequeueCount() > entityOptions.maxDeliveryCount()) {
                    moveToDeadLetter(entityPath, entityOptions, client, item.getMessageId(), item.getPopReceipt(),
                            envelope.deadLettered(MAX_DELIVERY_COUNT_EXCEEDED,
                                    "delivered " + (item.getDequeueCount() - 1) + " times"));
                    continue;
                }
                String token = UUID.randomUUID().toString();
                Instant lockedUntil = item.getTimeNextVisible().toInstant();
                leases.put(token, new Lease(queue, item.getMessageId(), item.getPopReceipt(), lockedUntil,
                        clock.now(), envelope));
                received.add(new ReceivedMessage(entityPath, envelope.messageId, envelope.body, envelope.contentType,
                        envelope.correlationId, envelope.properties, 0, (int) item.getDequeueCount(),
                        item.getInsertionTime().toInstant(), token, lockedUntil, envelope.deadLetterReason,
                        envelope.deadLetterDescription));
            }
        }
        return List.copyOf(received);
    }

    @Override
    public void complete(ReceivedMessage message) {
        Lease lease = held(message);
        try {
            service.getQueueClient(lease.queue).deleteMessage(lease.storageId, lease.popReceipt);
        } catch (QueueStorageException e) {
            throw lost(message, e);
        }
    }

    @Override
    public void abandon(ReceivedMessage message) {
        Lease lease = held(message);
        try {
            service.getQueueClient(lease.queue).updateMessage(lease.storageId, lease.popReceipt,
                    lease.envelope.json(), Duration.ZERO);
        } catch (QueueStorageException e) {
            throw lost(message, e);
        }
    }

    @Override
    public void deadLetter(ReceivedMessage message, String reason, String description) {
        Lease lease = held(message);
        QueueOptions entityOptions = options(message.entityPath());
        moveToDeadLetter(message.entityPath(), entityOptions, service.getQueueClient(lease.queue), lease.storageId,
                lease.popReceipt, lease.envelope.deadLettered(reason, description));
    }

    /** Sends the copy first and then deletes, so a failure in between leaves a duplicate, never a loss. */
    private void moveToDeadLetter(String entityPath, QueueOptions entityOptions, QueueClient from, String storageId,
            String popReceipt, Envelope deadLettered) {
        String target = queueName(entityOptions.deadLetterPath() != null ? entityOptions.deadLetterPath()
                : Queues.deadLetterPath(entityPath));
        send(target, deadLettered, null);
        try {
            from.deleteMessage(storageId, popReceipt);
        } catch (QueueStorageException e) {
            throw new LockLostException("the lock on a message of '" + entityPath + "' was lost while it was "
                    + "dead-lettered (" + e.getErrorCode() + ")");
        }
    }

    @Override
    public Instant renewLock(ReceivedMessage message) {
        Lease lease = held(message);
        QueueOptions entityOptions = options(message.entityPath());
        Instant now = clock.now();
        Instant cap = lease.firstLockedAt.plus(entityOptions.maxLockRenewal());
        Instant until = now.plus(entityOptions.lockDuration());
        if (until.isAfter(cap)) {
            until = cap;
        }
        try {
            var result = service.getQueueClient(lease.queue).updateMessage(lease.storageId, lease.popReceipt,
                    lease.envelope.json(), wholeSeconds(Duration.between(now, until)));
            Instant lockedUntil = result.getTimeNextVisible().toInstant();
            leases.put(message.lockToken(), lease.renewed(result.getPopReceipt(), lockedUntil));
            return lockedUntil;
        } catch (QueueStorageException e) {
            throw lost(message, e);
        }
    }

    @Override
    public long count(String entityPath) {
        try {
            return service.getQueueClient(queueName(entityPath)).getProperties().getApproximateMessagesCount();
        } catch (QueueStorageException e) {
            if (e.getStatusCode() == 404) {
                return 0;
            }
            throw e;
        }
    }

    /** The lease behind a message's lock token, removed: a settled or renewed token is not used twice. */
    private Lease held(ReceivedMessage message) {
        Objects.requireNonNull(message, "'message' must not be null");
        Lease lease = leases.remove(message.lockToken());
        if (lease == null) {
            throw new LockLostException("the lock on message '" + message.messageId() + "' of '"
                    + message.entityPath() + "' is unknown to this process: settled, or taken before a restart");
        }
        if (!clock.now().isBefore(lease.lockedUntil)) {
            throw new LockLostException("the lock on message '" + message.messageId() + "' of '"
                    + message.entityPath() + "' expired at " + lease.lockedUntil);
        }
        return lease;
    }

    private static LockLostException lost(ReceivedMessage message, QueueStorageException e) {
        if (e.getStatusCode() == 404 || e.getStatusCode() == 400) {
            return new LockLostException("the lock on message '" + message.messageId() + "' of '"
                    + message.entityPath() + "' was lost (" + e.getErrorCode() + ")");
        }
        throw e;
    }

    private QueueClient created(String queue) {
        QueueClient client = service.getQueueClient(queue);
        if (created.add(queue)) {
            client.createIfNotExists();
        }
        return client;
    }

    /** Storage queues count visibility in whole seconds; a part of a second is rounded up. */
    private static Duration wholeSeconds(Duration duration) {
        long seconds = duration.getSeconds() + (duration.getNano() > 0 ? 1 : 0);
        return Duration.ofSeconds(seconds);
    }

    private record Lease(String queue, String storageId, String popReceipt, Instant lockedUntil,
            Instant firstLockedAt, Envelope envelope) {

        Lease renewed(String newPopReceipt, Instant newLockedUntil) {
            return new Lease(queue, storageId, newPopReceipt, newLockedUntil, firstLockedAt, envelope);
        }
    }

    /** The message text: what a Service Bus message carries beside its body. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    static final class Envelope {
        public String messageId;
        public String body;
        public String contentType;
        public String correlationId;
        public Map<String, String> properties;
        public String deadLetterReason;
        public String deadLetterDescription;

        static Envelope of(OutgoingMessage message) {
            var envelope = new Envelope();
            envelope.messageId = message.messageId();
            envelope.body = message.body();
            envelope.contentType = message.contentType();
            envelope.correlationId = message.correlationId();
            envelope.properties = message.properties();
            return envelope;
        }

        static Envelope parse(String text) {
            try {
                return Json.mapper().readValue(text, Envelope.class);
            } catch (JsonProcessingException e) {
                // A message another sender put there as plain text: its text is the body.
                var envelope = new Envelope();
                envelope.body = text;
                return envelope;
            }
        }

        Envelope deadLettered(String reason, String description) {
            var copy = parse(json());
            copy.deadLetterReason = reason;
            copy.deadLetterDescription = description;
            return copy;
        }

        String json() {
            return Json.write(this);
        }
    }
}
