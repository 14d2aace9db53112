package com.cumulus.commerce.devhost.functions;

import com.cumulus.commerce.platform.messaging.ReceivedMessage;
import com.cumulus.commerce.platform.streams.ReceivedEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The trigger metadata a {@code @BindingName} parameter can name, per trigger, with the Functions host's keys. */
final class TriggerMetadata {

    static final Set<String> SERVICE_BUS = Set.of("MessageId", "DeliveryCount", "SequenceNumber", "EnqueuedTimeUtc",
            "CorrelationId", "ApplicationProperties", "ContentType", "LockToken");
    static final Set<String> STORAGE_QUEUE = Set.of("Id", "DequeueCount", "InsertionTime");
    static final Set<String> EVENT_HUB_ONE = Set.of("SequenceNumber", "PartitionId", "EnqueuedTimeUtc",
            "PartitionKey", "Properties");
    static final Set<String> EVENT_HUB_MANY = Set.of("SequenceNumberArray", "PartitionId", "EnqueuedTimeUtcArray",
            "PartitionKeyArray", "PropertiesArray");

    private TriggerMetadata() {
    }

    static Map<String, Object> serviceBus(ReceivedMessage message) {
        var metadata = new HashMap<String, Object>();
        metadata.put("MessageId", message.messageId());
        metadata.put("DeliveryCount", message.deliveryCount());
        metadata.put("SequenceNumber", message.sequenceNumber());
        metadata.put("EnqueuedTimeUtc", message.enqueuedTime() == null ? null : message.enqueuedTime().toString());
        metadata.put("CorrelationId", message.correlationId());
        metadata.put("ApplicationProperties", message.properties());
        metadata.put("ContentType", message.contentType());
        metadata.put("LockToken", message.lockToken());
        return metadata;
    }

    static Map<String, Object> storageQueue(ReceivedMessage message) {
        var metadata = new HashMap<String, Object>();
        metadata.put("Id", message.messageId());
        metadata.put("DequeueCount", message.deliveryCount());
        metadata.put("InsertionTime", message.enqueuedTime() == null ? null : message.enqueuedTime().toString());
        return metadata;
    }

    static Map<String, Object> eventHubOne(ReceivedEvent event) {
        var metadata = new HashMap<String, Object>();
        metadata.put("SequenceNumber", event.sequenceNumber());
        metadata.put("PartitionId", String.valueOf(event.partition()));
        metadata.put("EnqueuedTimeUtc", event.enqueuedTime() == null ? null : event.enqueuedTime().toString());
        metadata.put("PartitionKey", event.partitionKey());
        metadata.put("Properties", event.properties());
        return metadata;
    }

    static Map<String, Object> eventHubMany(List<ReceivedEvent> events) {
        var sequenceNumbers = new long[events.size()];
        var enqueued = new String[events.size()];
        var keys = new String[events.size()];
        var properties = new Object[events.size()];
        for (int i = 0; i < events.size(); i++) {
            var event = events.get(i);
            sequenceNumbers[i] = event.sequenceNumber();
            enqueued[i] = event.enqueuedTime() == null ? null : event.enqueuedTime().toString();
            keys[i] = event.partitionKey();
            properties[i] = event.properties();
        }
        var metadata = new HashMap<String, Object>();
        metadata.put("SequenceNumberArray", sequenceNumbers);
        metadata.put("EnqueuedTimeUtcArray", enqueued);
        metadata.put("PartitionKeyArray", keys);
        metadata.put("PropertiesArray", properties);
        metadata.put("PartitionId", events.isEmpty() ? null : String.valueOf(events.get(0).partition()));
        return metadata;
    }
}
