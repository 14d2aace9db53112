package com.cumulus.commerce.platform.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.cumulus.commerce.platform.config.AppSettings;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class AzureTablesTest {

    @Test
    void theIdentityBasedFormNeedsTheTableServiceUri() {
        assertThatThrownBy(() -> AzureTables.open(AppSettings.of(Map.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'AzureWebJobsStorage__tableServiceUri'");
    }

    @Test
    void theTableServiceUriOrTheAccountNameGivesTheEndpoint() {
        TokenCredential credential = request -> Mono.just(new AccessToken("t", OffsetDateTime.now().plusHours(1)));
        var byUri = AppSettings.of(Map.of("AzureWebJobsStorage__tableServiceUri", "https://shop.table.core.windows.net"));
        var byAccount = AppSettings.of(Map.of("AzureWebJobsStorage__accountName", "shop"));

        assertThat(AzureTables.serviceClient(ServiceConnection.named(byUri, "AzureWebJobsStorage"), credential)
                .getServiceEndpoint()).isEqualTo("https://shop.table.core.windows.net");
        assertThat(AzureTables.serviceClient(ServiceConnection.named(byAccount, "AzureWebJobsStorage"), credential)
                .getServiceEndpoint()).isEqualTo("https://shop.table.core.windows.net");
    }

    @Test
    void theTimestampIsReadFromATableStorageETag() {
        assertThat(AzureTables.timestampOf("W/\"datetime'2026-12-04T21%3A50%3A00.1234567Z'\""))
                .isEqualTo(Instant.parse("2026-12-04T21:50:00.1234567Z"));
        assertThat(AzureTables.wellFormed("W/\"datetime'2026-12-04T22%3A54%3A46.5342911Z'"))
                .as("as Azurite answers an upsert, without the closing quote")
                .isEqualTo("W/\"datetime'2026-12-04T22%3A54%3A46.5342911Z'\"");
        assertThat(AzureTables.wellFormed("W/\"datetime'x'\"")).isEqualTo("W/\"datetime'x'\"");
        assertThat(AzureTables.wellFormed(null)).isNull();
        assertThat(AzureTables.timestampOf("\"0x8DC\"")).isNull();
        assertThat(AzureTables.timestampOf(null)).isNull();
    }
}
