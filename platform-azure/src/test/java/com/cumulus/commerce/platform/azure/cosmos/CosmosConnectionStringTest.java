package com.cumulus.commerce.platform.azure.cosmos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cumulus.commerce.platform.config.AppSettings;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CosmosConnectionStringTest {

    @Test
    void readsEndpointAndKeyWhateverTheOrderAndKeepsTheKeysPadding() {
        var parts = CosmosConnectionString.parse("AccountKey=abc+/==;AccountEndpoint=https://acct.documents.azure.com:443/;");

        assertThat(parts.endpoint()).isEqualTo("https://acct.documents.azure.com:443/");
        assertThat(parts.key()).isEqualTo("abc+/==");
    }

    @Test
    void aConnectionStringWithoutAKeyIsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> CosmosConnectionString.parse("AccountEndpoint=https://secret-host/;Key=s3cr3t"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CosmosDBConnection")
                .hasMessageNotContaining("s3cr3t").hasMessageNotContaining("secret-host");
    }

    @Test
    void withNeitherFormSetTheErrorNamesBothSettings() {
        assertThatThrownBy(() -> CosmosDocuments.fromSettings(AppSettings.of(Map.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'CosmosDBConnection'").hasMessageContaining("'CosmosDBConnection__accountEndpoint'");
    }
}
