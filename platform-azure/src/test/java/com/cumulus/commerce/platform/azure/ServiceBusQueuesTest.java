package com.cumulus.commerce.platform.azure;

import static com.cumulus.commerce.platform.azure.ServiceBusFixture.received;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.azure.core.exception.ResourceNotFoundException;
import com.azure.core.util.IterableStream;
import com.azure.messaging.servicebus.ServiceBusException;
import com.azure.messaging.servicebus.ServiceBusMessage;
import com.azure.messaging.servicebus.ServiceBusReceivedMessage;
import com.azure.messaging.servicebus.administration.models.CreateQueueOptions;
import com.azure.messaging.servicebus.administration.models.QueueProperties;
import com.azure.messaging.servicebus.administration.models.QueueRuntimeProperties;
import com.azure.messaging.servicebus.models.DeadLetterOptions;
import com.cumulus.commerce.platform.messaging.LockLostException;
import com.cumulus.commerce.platform.messaging.OutgoingMessage;
import com.cumulus.commerce.platform.messaging.QueueOptions;
import com.cumulus.commerce.platform.messaging.Queues;
import com.cumulus.commerce.platform.messaging.ReceivedMessage;
import com.cumulus.commerce.platform.messaging.Topics;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.Answers;
import org.mockito.ArgumentCaptor;

/** {@link ServiceBusQueues} against the SDK's clients mocked: what it sends, how it maps, how it settles. */
class ServiceBusQueuesTest {

    private static final String TRACEPARENT = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

    private final ServiceBusFixture sdk = new ServiceBusFixture();
    private final ServiceBusQueues queues = new ServiceBusQueues(sdk.clients);

    @Test
    void sendCarriesMessageIdForDuplicateDetectionAndPropertiesWithTraceparentButNoSession() {
        queues.send("orders", new OutgoingMessage("m-1", "{\"order\":1}", "application/cloudevents+json", "order-7",
                Map.of("traceparent", TRACEPARENT, "type", "commerce.orders.order-placed.v1"), null));

        var sent = ArgumentCaptor.forClass(ServiceBusMessage.class);
        verify(sdk.clients).queueSender("orders");
        verify(sdk.sender).sendMessage(sent.capture());
        ServiceBusMessage message = sent.getValue();
        assertThat(message.getMessageId()).isEqualTo("m-1");
        assertThat(message.getBody().toString()).isEqualTo("{\"order\":1}");
        assertThat(message.getContentType()).isEqualTo("application/cloudevents+json");
        assertThat(message.getCorrelationId()).isEqualTo("order-7");
        assertThat(message.getApplicationProperties()).containsExactlyInAnyOrderEntriesOf(
                Map.of("traceparent", TRACEPARENT, "type", "commerce.orders.order-placed.v1"));
        assertThat(message.getSessionId()).isNull();
        assertThat(message.getScheduledEnqueueTime()).isNull();
    }

    @Test
    void scheduledMessageCarriesItsEnqueueTime() {
        Instant later = Instant.parse("2030-01-01T00:00:30Z");

        queues.send("orders", OutgoingMessage.of("later", "x").scheduledAt(later));

        var sent = ArgumentCaptor.forClass(ServiceBusMessage.class);
        verify(sdk.sender).sendMessage(sent.capture());
        assertThat(sent.getValue().getScheduledEnqueueTime().toInstant()).isEqualTo(later);
    }

    @Test
    void receivedMessageIsMappedWithThisDeliveryCounted() {
        var message = received("m-1", "lock-1", 0, Map.of("traceparent", TRACEPARENT));
        when(sdk.receiver.receiveMessages(10, ServiceBusQueues.RECEIVE_WAIT)).thenReturn(IterableStream.of(List.of(message)));

        List<ReceivedMessage> got = queues.receive("orders", 10);

        assertThat(got).singleElement().satisfies(m -> {
            assertThat(m.entityPath()).isEqualTo("orders");
            assertThat(m.messageId()).isEqualTo("m-1");
            assertThat(m.body()).isEqualTo("{\"order\":1}");
            assertThat(m.contentType()).isEqualTo("application/json");
            assertThat(m.correlationId()).isEqualTo("corr-1");
            assertThat(m.properties()).containsExactly(Map.entry("traceparent", TRACEPARENT));
            assertThat(m.sequenceNumber()).isEqualTo(42);
            assertThat(m.deliveryCount()).isEqualTo(1);
            assertThat(m.enqueuedTime()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
            assertThat(m.lockToken()).isEqualTo("lock-1");
            assertThat(m.lockedUntil()).isEqualTo(Instant.parse("2030-01-01T00:01:00Z"));
            assertThat(m.deadLetterReason()).isNull();
        });
        verify(sdk.clients).receiver(new ServiceBusEntity("orders", "orders", null, false));
    }

    @Test
    void deadLetteredMessageHasReasonAndDescriptionAsFieldsNotProperties() {
        var message = received("m-1", "lock-1", 3, Map.of("DeadLetterReason", "PaymentDeclined",
                "DeadLetterErrorDescription", "card expired", "traceparent", TRACEPARENT));
        when(message.getDeadLetterReason()).thenReturn("PaymentDeclined");
        when(message.getDeadLetterErrorDescription()).thenReturn("card expired");
        when(sdk.receiver.receiveMessages(anyInt(), any())).thenReturn(IterableStream.of(List.of(message)));

        ReceivedMessage dead = queues.receive(Queues.deadLetterPath("orders"), 1).get(0);

        assertThat(dead.deadLetterReason()).isEqualTo("PaymentDeclined");
        assertThat(dead.deadLetterDescription()).isEqualTo("card expired");
        assertThat(dead.properties()).containsOnlyKeys("traceparent");
        assertThat(dead.deliveryCount()).isEqualTo(4);
        verify(sdk.clients).receiver(new ServiceBusEntity("orders/$DeadLetterQueue", "orders", null, true));
    }

    @Test
    void subscriptionPathsAndTheirDeadLettersAreReceivedFromTheSubscription() {
        when(sdk.receiver.receiveMessages(anyInt(), any())).thenReturn(IterableStream.of(List.of()));
        String path = Topics.subscriptionPath("order-events", "billing");

        assertThat(queues.receive(path, 5)).isEmpty();
        queues.receive(Queues.deadLetterPath(path), 5);

        verify(sdk.clients).receiver(new ServiceBusEntity(path, "order-events", "billing", false));
        verify(sdk.clients).receiver(new ServiceBusEntity(Queues.deadLetterPath(path), "order-events", "billing",
                true));
    }

    @Test
    void completeAbandonAndDeadLetterSettleTheSdkMessageOnItsReceiver() {
        ServiceBusReceivedMessage one = received("m-1", "lock-1", 0, Map.of());
        ServiceBusReceivedMessage two = received("m-2", "lock-2", 0, Map.of());
        ServiceBusReceivedMessage three = received("m-3", "lock-3", 0, Map.of());
        when(sdk.receiver.receiveMessages(anyInt(), any())).thenReturn(IterableStream.of(List.of(one, two, three)));
        List<ReceivedMessage> got = queues.receive("orders", 3);

        queues.complete(got.get(0));
        queues.abandon(got.get(1));
        queues.deadLetter(got.get(2), "PaymentDeclined", "card expired");

        verify(sdk.receiver).complete(one);
        verify(sdk.receiver).abandon(two);
        var options = ArgumentCaptor.forClass(DeadLetterOptions.class);
        verify(sdk.receiver).deadLetter(eq(three), options.capture());
        assertThat(options.getValue().getDeadLetterReason()).isEqualTo("PaymentDeclined");
        assertThat(options.getValue().getDeadLetterErrorDescription()).isEqualTo("card expired");
    }

    @Test
    void settlingTwiceIsALostLockAndReachesTheServiceOnce() {
        ServiceBusReceivedMessage one = received("m-1", "lock-1", 0, Map.of());
        when(sdk.receiver.receiveMessages(anyInt(), any())).thenReturn(IterableStream.of(List.of(one)));
        ReceivedMessage message = queues.receive("orders", 1).get(0);
        queues.complete(message);

        assertThatThrownBy(() -> queues.complete(message)).isInstanceOf(LockLostException.class);
        assertThatThrownBy(() -> queues.abandon(message)).isInstanceOf(LockLostException.class);
        verify(sdk.receiver, times(1)).complete(one);
        verify(sdk.receiver, never()).abandon(any());
    }

    @Test
    void aTokenThisProcessNeverHandedOutIsALostLock() {
        var foreign = new ReceivedMessage("orders", "m-1", "x", null, null, Map.of(), 1, 1, Instant.now(), "unknown",
                Instant.now(), null, null);

        assertThatThrownBy(() -> queues.complete(foreign)).isInstanceOf(LockLostException.class)
                .hasMessageContaining("m-1");
        assertThatThrownBy(() -> queues.renewLock(foreign)).isInstanceOf(LockLostException.class);
    }

    @Test
    void theServiceSayingTheLockIsLostIsALostLockAndForgetsTheMessage() {
        ServiceBusReceivedMessage one = received("m-1", "lock-1", 0, Map.of());
        when(sdk.receiver.receiveMessages(anyInt(), any())).thenReturn(IterableStream.of(List.of(one)));
        ReceivedMessage message = queues.receive("orders", 1).get(0);
        doThrow(ServiceBusFixture.lockLost()).when(sdk.receiver).complete(one);
        doThrow(ServiceBusFixture.lockLost()).when(sdk.receiver).renewMessageLock(one);

        assertThatThrownBy(() -> queues.renewLock(message)).isInstanceOf(LockLostException.class)
                .hasCauseInstanceOf(ServiceBusException.class);
        assertThatThrownBy(() -> queues.complete(message)).isInstanceOf(LockLostException.class);
        verify(sdk.receiver, never()).complete(one);
    }

    @Test
    void anotherServiceFailureIsNotALostLockAndKeepsTheLockForARetry() {
        ServiceBusReceivedMessage one = received("m-1", "lock-1", 0, Map.of());
        when(sdk.receiver.receiveMessages(anyInt(), any())).thenReturn(IterableStream.of(List.of(one)));
        ReceivedMessage message = queues.receive("orders", 1).get(0);
        doThrow(ServiceBusFixture.serverBusy()).doNothing().when(sdk.receiver).complete(one);

        assertThatThrownBy(() -> queues.complete(message)).isInstanceOf(ServiceBusException.class)
                .isNotInstanceOf(LockLostException.class);
        queues.complete(message);

        verify(sdk.receiver, times(2)).complete(one);
    }

    @Test
    void aMessageWhoseLockEndedLongAgoIsForgottenButARenewedOneIsKept() {
        ServiceBusReceivedMessage stale = received("m-1", "lock-1", 0, Map.of());
        ServiceBusReceivedMessage renewed = received("m-2", "lock-2", 0, Map.of());
        OffsetDateTime longAgo = OffsetDateTime.now().minusMinutes(3);
        when(stale.getLockedUntil()).thenReturn(longAgo);
        when(renewed.getLockedUntil()).thenReturn(longAgo);
        when(sdk.receiver.renewMessageLock(renewed)).thenReturn(OffsetDateTime.now().plusMinutes(1));
        when(sdk.receiver.receiveMessages(anyInt(), any())).thenReturn(IterableStream.of(List.of(stale, renewed)))
                .thenReturn(IterableStream.of(List.of()));
        List<ReceivedMessage> got = queues.receive("orders", 2);
        queues.renewLock(got.get(1));

        queues.receive("orders", 1);

        assertThatThrownBy(() -> queues.complete(got.get(0))).isInstanceOf(LockLostException.class);
        queues.complete(got.get(1));
        verify(sdk.receiver, never()).complete(stale);
        verify(sdk.receiver).complete(renewed);
    }

    @Test
    void renewLockAnswersTheServicesNewLockedUntil() {
        ServiceBusReceivedMessage one = received("m-1", "lock-1", 0, Map.of());
        when(sdk.receiver.receiveMessages(anyInt(), any())).thenReturn(IterableStream.of(List.of(one)));
        when(sdk.receiver.renewMessageLock(one)).thenReturn(OffsetDateTime.parse("2030-01-01T00:02:00Z"));

        Instant until = queues.renewLock(queues.receive("orders", 1).get(0));

        assertThat(until).isEqualTo(Instant.parse("2030-01-01T00:02:00Z"));
    }

    @Test
    void optionsComeFromTheQueueAndAMissingEntityHasTheDefaults() {
        var queue = mock(QueueProperties.class);
        when(queue.getLockDuration()).thenReturn(Duration.ofSeconds(30));
        when(queue.getMaxDeliveryCount()).thenReturn(5);
        when(queue.isDuplicateDetectionRequired()).thenReturn(true);
        when(queue.getDuplicateDetectionHistoryTimeWindow()).thenReturn(Duration.ofMinutes(10));
        when(sdk.admin.getQueue("orders")).thenReturn(queue);
        when(sdk.admin.getQueue("never-configured")).thenThrow(new ResourceNotFoundException("no queue", null));

        assertThat(queues.options("orders")).isEqualTo(new QueueOptions(Duration.ofSeconds(30), Duration.ofMinutes(5),
                5, Duration.ofMinutes(10), null));
        assertThat(queues.options("never-configured")).isEqualTo(QueueOptions.serviceBusDefaults());
    }

    @Test
    void configuringAMissingQueueCreatesItWithDuplicateDetection() {
        when(sdk.admin.getQueueExists("orders")).thenReturn(false);

        queues.configure("orders", QueueOptions.serviceBusDefaults().withLockDuration(Duration.ofSeconds(5))
                .withMaxDeliveryCount(3));

        var created = ArgumentCaptor.forClass(CreateQueueOptions.class);
        verify(sdk.admin).createQueue(eq("orders"), created.capture());
        assertThat(created.getValue().getLockDuration()).isEqualTo(Duration.ofSeconds(5));
        assertThat(created.getValue().getMaxDeliveryCount()).isEqualTo(3);
        assertThat(created.getValue().isDuplicateDetectionRequired()).isTrue();
        assertThat(created.getValue().getDuplicateDetectionHistoryTimeWindow()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void reconfiguringAQueueUpdatesItButCannotTurnDuplicateDetectionOnOrOff() {
        var queue = mock(QueueProperties.class, Answers.RETURNS_SELF);
        when(queue.isDuplicateDetectionRequired()).thenReturn(true);
        when(sdk.admin.getQueueExists("orders")).thenReturn(true);
        when(sdk.admin.getQueue("orders")).thenReturn(queue);

        queues.configure("orders", QueueOptions.serviceBusDefaults().withMaxDeliveryCount(3));

        verify(queue).setMaxDeliveryCount(3);
        verify(queue).setDuplicateDetectionHistoryTimeWindow(Duration.ofMinutes(10));
        verify(sdk.admin).updateQueue(queue);
        assertThatThrownBy(() -> queues.configure("orders", QueueOptions.storageQueue("orders")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("duplicate detection");
    }

    @Test
    void countIsActivePlusScheduledOrTheDeadLetters() {
        var runtime = mock(QueueRuntimeProperties.class);
        when(runtime.getActiveMessageCount()).thenReturn(2);
        when(runtime.getScheduledMessageCount()).thenReturn(1);
        when(runtime.getDeadLetterMessageCount()).thenReturn(7);
        when(sdk.admin.getQueueRuntimeProperties("orders")).thenReturn(runtime);
        when(sdk.admin.getQueueRuntimeProperties("missing")).thenThrow(new ResourceNotFoundException("no", null));

        assertThat(queues.count("orders")).isEqualTo(3);
        assertThat(queues.count(Queues.deadLetterPath("orders"))).isEqualTo(7);
        assertThat(queues.count("missing")).isZero();
    }

    @Test
    void blankEntityAndNoMessagesAreRefusedNamingTheArgument() {
        assertThatThrownBy(() -> queues.send(" ", OutgoingMessage.of("x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'entityPath'");
        assertThatThrownBy(() -> queues.receive("orders", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'maxMessages'");
        assertThatThrownBy(() -> queues.send(Topics.subscriptionPath("t", "s"), OutgoingMessage.of("x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'entityPath'");
    }

    @Test
    void closeClosesTheClients() {
        queues.close();

        verify(sdk.clients).close();
    }
}
