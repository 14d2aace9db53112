package com.cumulus.commerce.platform.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.azure.core.exception.HttpResponseException;
import com.azure.core.exception.ResourceExistsException;
import com.azure.core.http.HttpResponse;
import com.azure.core.exception.ResourceNotFoundException;
import com.azure.core.http.rest.PagedIterable;
import com.azure.messaging.servicebus.ServiceBusMessage;
import com.azure.messaging.servicebus.administration.models.SubscriptionProperties;
import com.cumulus.commerce.platform.messaging.OutgoingMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** {@link ServiceBusTopics} against the SDK's clients mocked. */
class ServiceBusTopicsTest {

    private final ServiceBusFixture sdk = new ServiceBusFixture();
    private final ServiceBusTopics topics = new ServiceBusTopics(sdk.clients);

    @Test
    void publishSendsToTheTopicWithMessageIdAndTraceparent() {
        topics.publish("order-events", OutgoingMessage.of("e-1", "{\"placed\":true}")
                .withProperties(Map.of("traceparent", "00-abc-def-01", "type", "commerce.orders.order-placed.v1")));

        var sent = ArgumentCaptor.forClass(ServiceBusMessage.class);
        verify(sdk.clients).topicSender("order-events");
        verify(sdk.sender).sendMessage(sent.capture());
        assertThat(sent.getValue().getMessageId()).isEqualTo("e-1");
        assertThat(sent.getValue().getApplicationProperties())
                .containsEntry("traceparent", "00-abc-def-01").containsEntry("type", "commerce.orders.order-placed.v1");
    }

    @Test
    void subscribeCreatesWhatIsMissingOnly() {
        when(sdk.admin.getTopicExists("order-events")).thenReturn(true);
        when(sdk.admin.getSubscriptionExists("order-events", "billing")).thenReturn(false);
        when(sdk.admin.getSubscriptionExists("order-events", "shipping")).thenReturn(true);

        topics.subscribe("order-events", "billing");
        topics.subscribe("order-events", "shipping");

        verify(sdk.admin, never()).createTopic("order-events");
        verify(sdk.admin).createSubscription("order-events", "billing");
        verify(sdk.admin, never()).createSubscription("order-events", "shipping");
    }

    @Test
    void subscribeRacingAnotherInstanceKeepsOneSubscription() {
        when(sdk.admin.getTopicExists("order-events")).thenReturn(false);
        when(sdk.admin.createTopic("order-events")).thenThrow(new ResourceExistsException("exists", null));
        when(sdk.admin.getSubscriptionExists("order-events", "billing")).thenReturn(false);
        when(sdk.admin.createSubscription("order-events", "billing"))
                .thenThrow(new ResourceExistsException("exists", null));

        topics.subscribe("order-events", "billing");

        verify(sdk.admin).createSubscription("order-events", "billing");
    }

    @Test
    void withoutTheManageRightTheEntitiesAreTakenToExistButOtherFailuresSurface() {
        var forbidden = mock(HttpResponse.class);
        when(forbidden.getStatusCode()).thenReturn(403);
        var unavailable = mock(HttpResponse.class);
        when(unavailable.getStatusCode()).thenReturn(503);
        when(sdk.admin.getTopicExists("order-events"))
                .thenThrow(new HttpResponseException("Manage claim required", forbidden))
                .thenThrow(new HttpResponseException("unavailable", unavailable));

        topics.subscribe("order-events", "billing");

        verify(sdk.admin, never()).createSubscription("order-events", "billing");
        assertThatThrownBy(() -> topics.subscribe("order-events", "billing"))
                .isInstanceOf(HttpResponseException.class).hasMessageContaining("unavailable");
    }

    @Test
    @SuppressWarnings("unchecked")
    void subscriptionsAreListedAndAnUnknownTopicHasNone() {
        var billing = mock(SubscriptionProperties.class);
        when(billing.getSubscriptionName()).thenReturn("billing");
        PagedIterable<SubscriptionProperties> page = mock(PagedIterable.class);
        when(page.iterator()).thenReturn(List.of(billing).iterator());
        when(sdk.admin.listSubscriptions("order-events")).thenReturn(page);
        when(sdk.admin.listSubscriptions("unknown")).thenThrow(new ResourceNotFoundException("no topic", null));

        assertThat(topics.subscriptions("order-events")).containsExactly("billing");
        assertThat(topics.subscriptions("unknown")).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aTypeNamesItsRuleWhereServiceBusAllowsItAndADigestOtherwise() {
        org.assertj.core.api.Assertions.assertThat(ServiceBusTopics.ruleName("commerce.orders.order-placed.v1"))
                .isEqualTo("commerce.orders.order-placed.v1");
        var longType = "commerce.orders." + "x".repeat(60) + ".v1";
        org.assertj.core.api.Assertions.assertThat(ServiceBusTopics.ruleName(longType))
                .matches("type-[0-9a-f]{32}").isEqualTo(ServiceBusTopics.ruleName(longType))
                .isNotEqualTo(ServiceBusTopics.ruleName(longType + "2"));
        org.assertj.core.api.Assertions.assertThat(ServiceBusTopics.ruleName("a type/with?chars")).startsWith("type-");
        org.assertj.core.api.Assertions.assertThat(ServiceBusTopics.ruleName("$Default")).startsWith("type-");
    }
}
