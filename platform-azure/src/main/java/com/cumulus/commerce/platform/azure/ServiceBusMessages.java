package com.cumulus.commerce.platform.azure;

import com.azure.core.util.BinaryData;
import com.azure.messaging.servicebus.ServiceBusMessage;
import com.azure.messaging.servicebus.ServiceBusReceivedMessage;
import com.cumulus.commerce.platform.messaging.OutgoingMessage;
import com.cumulus.commerce.platform.messaging.ReceivedMessage;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The port's messages as Service Bus messages and back. {@code MessageId} carries the port's message id (duplicate
 * detection keys on it); application properties carry the port's properties: the CloudEvents attributes the apps
 * set ({@code type}) and the W3C {@code traceparent}. The port has no sessions, so no {@code SessionId} is set.
 */
final class ServiceBusMessages {

    /** Service Bus keeps a dead letter's reason and description as application properties; the port has fields. */
    private static final Set<String> DEAD_LETTER_PROPERTIES = Set.of("DeadLetterReason", "DeadLetterErrorDescription");

    private ServiceBusMessages() {
    }

    static ServiceBusMessage toServiceBus(OutgoingMessage message) {
        var sdk = new ServiceBusMessage(BinaryData.fromString(message.body()));
        sdk.setMessageId(message.messageId());
        sdk.setContentType(message.contentType());
        sdk.setCorrelationId(message.correlationId());
        sdk.getApplicationProperties().putAll(message.properties());
        if (message.scheduledEnqueueTime() != null) {
            sdk.setScheduledEnqueueTime(OffsetDateTime.ofInstant(message.scheduledEnqueueTime(), ZoneOffset.UTC));
        }
        return sdk;
    }

    /**
     * The received message as the port's. The SDK reports the AMQP delivery count, which counts earlier
     * deliveries only (0 on the first); the port counts this one too.
     */
    static ReceivedMessage fromServiceBus(String entityPath, ServiceBusReceivedMessage sdk) {
        Map<String, String> properties = new HashMap<>();
        sdk.getApplicationProperties().forEach((name, value) -> {
            if (value != null && !DEAD_LETTER_PROPERTIES.contains(name)) {
                properties.put(name, value.toString());
            }
        });
        return new ReceivedMessage(
                entityPath,
                sdk.getMessageId(),
                sdk.getBody() == null ? "" : sdk.getBody().toString(),
                sdk.getContentType(),
                sdk.getCorrelationId(),
                properties,
                sdk.getSequenceNumber(),
                Math.toIntExact(sdk.getDeliveryCount() + 1),
                sdk.getEnqueuedTime() == null ? null : sdk.getEnqueuedTime().toInstant(),
                sdk.getLockToken(),
                sdk.getLockedUntil() == null ? null : sdk.getLockedUntil().toInstant(),
                sdk.getDeadLetterReason(),
                sdk.getDeadLetterErrorDescription());
    }
}
