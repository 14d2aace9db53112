package com.cumulus.commerce.platform.azure.cosmos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cumulus.commerce.platform.http.Json;
import org.junit.jupiter.api.Test;

class CosmosItemsTest {

    @Test
    void anItemCarriesIdAndPartitionKeyAndReadsBackAsWritten() throws Exception {
        var item = CosmosItems.item("shop-1", "p01", "{\"sku\":\"p01\",\"price\":1.5}");
        assertThat(item.get("id").asText()).isEqualTo("p01");
        assertThat(item.get("partitionKey").asText()).isEqualTo("shop-1");

        item.put("_etag", "\"e1\"").put("_ts", 1_700_000_000L).put("_lsn", 7).put("_rid", "r");
        var document = CosmosItems.document(Json.mapper().readTree(item.toString()), null);

        assertThat(document.json()).isEqualTo("{\"sku\":\"p01\",\"price\":1.5}");
        assertThat(document.lsn()).isEqualTo(7);
        assertThat(document.etag()).isEqualTo("\"e1\"");
        assertThat(document.timestamp().getEpochSecond()).isEqualTo(1_700_000_000L);
    }

    @Test
    void anObjectNamingAnotherIdOrPartitionIsRefused() {
        assertThatThrownBy(() -> CosmosItems.item("c1", "o1", "{\"id\":\"o2\"}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CosmosItems.item("c1", "o1", "{\"partitionKey\":\"c2\"}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(CosmosItems.item("c1", "o1", "{\"id\":\"o1\",\"partitionKey\":\"c1\"}").has(CosmosItems.ADDED)).isFalse();
    }

    @Test
    void withoutAnLsnOnTheItemTheSessionTokensGlobalLsnIsUsed() {
        assertThat(CosmosItems.sessionLsn("0:-1#42")).isEqualTo(42);
        assertThat(CosmosItems.sessionLsn("0:1#42#1=40#2=41")).isEqualTo(42);
        assertThat(CosmosItems.sessionLsn(null)).isZero();
        assertThat(CosmosItems.sessionLsn("garbage")).isZero();
    }
}
