package com.cumulus.commerce.platform.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.messaging.eventhubs.EventHubClientBuilder;
import com.cumulus.commerce.platform.config.AppSettings;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Event Hubs clients open from {@code EventHubConnection} in either form, without touching the network. */
class EventHubsSettingsTest {

    @Test
    void producersAndConsumersAreBuiltPerHubFromEitherForm() {
        var withKey = AppSettings.of(Map.of("EventHubConnection",
                "Endpoint=sb://cumulus.servicebus.windows.net/;SharedAccessKeyName=app;SharedAccessKey=c2VjcmV0"));
        var withIdentity = AppSettings.of(Map.of(
                "EventHubConnection__fullyQualifiedNamespace", "cumulus.servicebus.windows.net",
                "EventHubConnection__credential", "managedidentity"));

        for (AppSettings settings : new AppSettings[] {withKey, withIdentity}) {
            try (var clients = EventHubsClients.open(settings)) {
                var producer = clients.producer("clickstream");
                assertThat(producer.getFullyQualifiedNamespace()).isEqualTo("cumulus.servicebus.windows.net");
                assertThat(producer.getEventHubName()).isEqualTo("clickstream");
                assertThat(clients.producer("clickstream")).isSameAs(producer);
                var consumer = clients.consumer("clickstream");
                assertThat(consumer.getEventHubName()).isEqualTo("clickstream");
                assertThat(consumer.getConsumerGroup()).isEqualTo(EventHubClientBuilder.DEFAULT_CONSUMER_GROUP_NAME);
            }
        }
    }

    @Test
    void readsUseTheConsumerGroupTheSettingNames() {
        var settings = AppSettings.of(Map.of("EventHubConnection__fullyQualifiedNamespace",
                "cumulus.servicebus.windows.net", EventHubsClients.READ_CONSUMER_GROUP_SETTING, "rebuild"));
        try (var clients = EventHubsClients.open(settings)) {
            assertThat(clients.consumer("clickstream").getConsumerGroup()).isEqualTo("rebuild");
        }
    }

    @Test
    void aMissingSettingIsNamedAndABadConnectionStringIsNeverEchoed() {
        assertThatThrownBy(() -> AzureAdapters.eventStreams(AppSettings.of(Map.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'EventHubConnection__fullyQualifiedNamespace'");
        assertThatThrownBy(() -> AzureAdapters.eventStreams(AppSettings.of(Map.of("EventHubConnection",
                "SharedAccessKey=hunter2-very-secret;nonsense"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'EventHubConnection'")
                .satisfies(e -> assertThat(String.valueOf(e.getMessage())).doesNotContain("hunter2"))
                .hasNoCause();
    }
}
