package com.cumulus.commerce.platform.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cumulus.commerce.platform.config.AppSettings;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Service Bus adapters open from {@code ServiceBusConnection} in either form, without touching the network. */
class ServiceBusSettingsTest {

    @Test
    void opensFromAConnectionStringOrFromTheNamespaceWithACredential() throws Exception {
        var withKey = AppSettings.of(Map.of("ServiceBusConnection",
                "Endpoint=sb://cumulus.servicebus.windows.net/;SharedAccessKeyName=app;SharedAccessKey=c2VjcmV0"));
        var withIdentity = AppSettings.of(Map.of(
                "ServiceBusConnection__fullyQualifiedNamespace", "cumulus.servicebus.windows.net",
                "ServiceBusConnection__credential", "managedidentity",
                "ServiceBusConnection__clientId", "00000000-0000-0000-0000-000000000001"));

        for (AppSettings settings : new AppSettings[] {withKey, withIdentity}) {
            try (var queues = (ServiceBusQueues) AzureAdapters.queues(settings);
                 var topics = (ServiceBusTopics) AzureAdapters.topics(settings)) {
                assertThat(queues).isNotNull();
                assertThat(topics).isNotNull();
            }
        }
    }

    @Test
    void theSdkBuildsEverySenderAndPeekLockReceiverTheAdaptersAskFor() {
        var settings = AppSettings.of(Map.of("ServiceBusConnection",
                "Endpoint=sb://cumulus.servicebus.windows.net/;SharedAccessKeyName=app;SharedAccessKey=c2VjcmV0"));
        try (var clients = ServiceBusClients.open(ServiceBusClients.connection(settings))) {
            assertThat(clients.queueSender("orders").getEntityPath()).isEqualTo("orders");
            assertThat(clients.topicSender("order-events").getEntityPath()).isEqualTo("order-events");
            assertThat(clients.queueSender("orders")).isSameAs(clients.queueSender("orders"));
            for (String path : new String[] {"orders", "orders/$DeadLetterQueue", "order-events/Subscriptions/billing",
                    "order-events/Subscriptions/billing/$DeadLetterQueue"}) {
                var receiver = clients.receiver(ServiceBusEntity.parse(path));
                assertThat(receiver.getFullyQualifiedNamespace()).isEqualTo("cumulus.servicebus.windows.net");
                // the SDK spells the path in lower case: "topic/subscriptions/name", ".../$deadletterqueue"
                assertThat(receiver.getEntityPath()).as(path).isEqualToIgnoringCase(path);
            }
            assertThat(clients.administration()).isSameAs(clients.administration());
        }
    }

    @Test
    void aMissingSettingIsNamedAndABadConnectionStringIsNeverEchoed() {
        assertThatThrownBy(() -> AzureAdapters.queues(AppSettings.of(Map.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'ServiceBusConnection'")
                .hasMessageContaining("'ServiceBusConnection__fullyQualifiedNamespace'");
        assertThatThrownBy(() -> AzureAdapters.topics(AppSettings.of(Map.of("ServiceBusConnection",
                "SharedAccessKey=hunter2-very-secret;nonsense"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'ServiceBusConnection'")
                .satisfies(e -> assertThat(String.valueOf(e.getMessage())).doesNotContain("hunter2"))
                .hasNoCause();
    }
}
