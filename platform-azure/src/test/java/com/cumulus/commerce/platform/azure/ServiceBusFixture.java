package com.cumulus.commerce.platform.azure;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.azure.core.amqp.exception.AmqpErrorCondition;
import com.azure.core.amqp.exception.AmqpException;
import com.azure.core.util.BinaryData;
import com.azure.messaging.servicebus.ServiceBusErrorSource;
import com.azure.messaging.servicebus.ServiceBusException;
import com.azure.messaging.servicebus.ServiceBusReceivedMessage;
import com.azure.messaging.servicebus.ServiceBusReceiverClient;
import com.azure.messaging.servicebus.ServiceBusSenderClient;
import com.azure.messaging.servicebus.administration.ServiceBusAdministrationClient;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

/** The SDK's Service Bus clients as Mockito mocks behind the adapters' {@link ServiceBusClients} seam. */
final class ServiceBusFixture {

    final ServiceBusClients clients = mock(ServiceBusClients.class);
    final ServiceBusSenderClient sender = mock(ServiceBusSenderClient.class);
    final ServiceBusReceiverClient receiver = mock(ServiceBusReceiverClient.class);
    final ServiceBusAdministrationClient admin = mock(ServiceBusAdministrationClient.class);

    ServiceBusFixture() {
        when(clients.queueSender(any())).thenReturn(sender);
        when(clients.topicSender(any())).thenReturn(sender);
        when(clients.receiver(any())).thenReturn(receiver);
        when(clients.administration()).thenReturn(admin);
    }

    /** A received message as the SDK presents it; {@code amqpDeliveryCount} counts earlier deliveries. */
    static ServiceBusReceivedMessage received(String messageId, String lockToken, long amqpDeliveryCount,
            Map<String, Object> applicationProperties) {
        var message = mock(ServiceBusReceivedMessage.class);
        when(message.getMessageId()).thenReturn(messageId);
        when(message.getBody()).thenReturn(BinaryData.fromString("{\"order\":1}"));
        when(message.getContentType()).thenReturn("application/json");
        when(message.getCorrelationId()).thenReturn("corr-1");
        when(message.getApplicationProperties()).thenReturn(new HashMap<>(applicationProperties));
        when(message.getSequenceNumber()).thenReturn(42L);
        when(message.getDeliveryCount()).thenReturn(amqpDeliveryCount);
        when(message.getEnqueuedTime()).thenReturn(OffsetDateTime.parse("2030-01-01T00:00:00Z"));
        when(message.getLockToken()).thenReturn(lockToken);
        when(message.getLockedUntil()).thenReturn(OffsetDateTime.parse("2030-01-01T00:01:00Z"));
        return message;
    }

    static ServiceBusException lockLost() {
        return new ServiceBusException(new AmqpException(false, AmqpErrorCondition.MESSAGE_LOCK_LOST,
                "The lock supplied is invalid", null), ServiceBusErrorSource.COMPLETE);
    }

    static ServiceBusException serverBusy() {
        return new ServiceBusException(new AmqpException(true, AmqpErrorCondition.SERVER_BUSY_ERROR,
                "busy", null), ServiceBusErrorSource.COMPLETE);
    }
}
