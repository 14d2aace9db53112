package com.cumulus.commerce.platform.azure.cosmos;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CosmosQueryTest {

    @Test
    void dottedPathsBecomeBracketedPropertyNames() {
        assertThat(CosmosQuery.path("prices.EUR.amount")).isEqualTo("c[\"prices\"][\"EUR\"][\"amount\"]");
        assertThat(CosmosQuery.path("id")).isEqualTo("c[\"id\"]");
    }
}
