package com.cumulus.commerce.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.functions.support.testing.FakeHttpRequest;
import com.cumulus.commerce.functions.support.testing.PackagedAppContract;
import com.cumulus.commerce.platform.azure.Emulators;
import com.cumulus.commerce.platform.azure.cosmos.CosmosShim;
import com.microsoft.azure.functions.HttpResponseMessage;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The catalog app as {@code mvn package} stages it for Azure, loaded the way the Java worker loads it, on
 * platform-azure pointed at cosmosdb-server (behind the test shim) for its documents and Azurite for its tables:
 * a change-feed batch handed to its Cosmos DB trigger lands in the listing view, and its HTTP API lists it.
 */
class PackagedCatalogAppIT extends PackagedAppContract {

    private Emulators.Azurite azurite;

    @Override
    protected String injectorClass() {
        return CatalogFunctionInjector.class.getName();
    }

    @BeforeAll
    void startEmulators() {
        azurite = Emulators.azurite();
        String database = "catalog-boot-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> settings = new HashMap<>(CosmosShim.running().settings(database).asMap());
        settings.put("AzureWebJobsStorage", azurite.connectionString());
        settings.put("CATALOG_DATABASE", database);
        settings.put("CATALOG_SEED_DEMO", "false");
        settings.put("IDENTITY_ISSUER", "https://login.example.test/cumulus/v2.0");
        startWith(settings);
    }

    @AfterAll
    void stopEmulators() {
        if (azurite != null) {
            azurite.close();
        }
    }

    @Test
    void aProductFromTheChangeFeedIsListedByTheHttpApi() throws Exception {
        app.invokeTrigger("ProductChangeFeed", """
                [{"id": "BOOT-MUG", "sku": "BOOT-MUG", "title": "Packaged mug", "description": "",
                  "category": "kitchen", "attributes": {}, "images": [],
                  "prices": {"EUR": {"amount": 1299, "currency": "EUR"}},
                  "_etag": "\\"1\\"", "_lsn": 1, "_ts": 1700000000}]""");

        HttpResponseMessage listed = app.invokeHttp("ListProducts",
                FakeHttpRequest.get("/api/products").query("category", "kitchen"), Map.of());

        assertThat(listed.getStatus().value()).as(String.valueOf(listed.getBody())).isEqualTo(200);
        assertThat(String.valueOf(listed.getBody())).contains("\"sku\":\"BOOT-MUG\"", "\"amount\":1299");
    }

    @Test
    void anUnknownProductIsA404ProblemFromCosmos() throws Exception {
        HttpResponseMessage missing = app.invokeHttp("GetProduct", FakeHttpRequest.get("/api/products/NOPE-1"),
                Map.of("sku", "NOPE-1"));

        assertThat(missing.getStatus().value()).as(String.valueOf(missing.getBody())).isEqualTo(404);
        assertThat(missing.getHeader("Content-Type")).startsWith("application/problem+json");
    }
}
