package com.cumulus.commerce.platform.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.cumulus.commerce.platform.config.AppSettings;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class StorageQueuesSettingsTest {

    private static final TokenCredential CREDENTIAL =
            request -> Mono.just(new AccessToken("t", OffsetDateTime.now().plusHours(1)));

    @Test
    void theIdentityBasedFormNeedsTheQueueServiceUri() {
        assertThatThrownBy(() -> StorageQueues.open(AppSettings.of(Map.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'AzureWebJobsStorage__queueServiceUri'");
    }

    @Test
    void theQueueServiceUriOrTheAccountNameGivesTheEndpoint() {
        var byUri = AppSettings.of(Map.of("AzureWebJobsStorage__queueServiceUri", "https://shop.queue.core.windows.net"));
        var byAccount = AppSettings.of(Map.of("AzureWebJobsStorage__accountName", "shop"));

        assertThat(StorageQueues.serviceClient(ServiceConnection.named(byUri, "AzureWebJobsStorage"), CREDENTIAL)
                .getQueueServiceUrl()).isEqualTo("https://shop.queue.core.windows.net");
        assertThat(StorageQueues.serviceClient(ServiceConnection.named(byAccount, "AzureWebJobsStorage"), CREDENTIAL)
                .getQueueServiceUrl()).isEqualTo("https://shop.queue.core.windows.net");
    }

    @Test
    void theDeadLetterEntityOfAQueueIsItsPoisonQueue() {
        assertThat(StorageQueues.queueName("orders/$DeadLetterQueue")).isEqualTo("orders-poison");
        assertThat(StorageQueues.queueName("orders")).isEqualTo("orders");
        assertThatThrownBy(() -> StorageQueues.queueName("Orders")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'entityPath'");
        assertThatThrownBy(() -> StorageQueues.queueName("a")).isInstanceOf(IllegalArgumentException.class);
    }
}
