package com.cumulus.commerce.benchmarks;

import com.azure.cosmos.CosmosClient;
import com.azure.cosmos.CosmosClientBuilder;
import com.azure.cosmos.CosmosContainer;
import com.azure.cosmos.models.CosmosItemRequestOptions;
import com.azure.cosmos.models.PartitionKey;
import com.cumulus.commerce.platform.azure.cosmos.CosmosDocuments;
import com.cumulus.commerce.platform.config.AppSettings;
import com.cumulus.commerce.platform.documents.DocumentContainer;
import com.cumulus.commerce.platform.http.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * CosmosDocuments' point reads and upserts beside the bare azure-cosmos SDK making the same calls (gateway mode,
 * same server, same container, same 1 KB items), one thread, in alternating rounds so drift hits both sides.
 */
final class AzureDocumentsBenchmark {

    private static final int KEYS = 500;
    private static final int ROUNDS = 4;

    void run(Path repository, Duration measured) throws Exception {
        String payload = "x".repeat(1000);
        Duration round = measured.dividedBy(ROUNDS);
        System.out.printf("azure-documents: cosmosdb-server behind the test shim, gateway mode, 1 KB items, one thread,"
                + " %d alternating rounds of %d ms per side%n", ROUNDS, round.toMillis());
        try (var server = CosmosTestServer.start(repository);
             var documents = CosmosDocuments.fromSettings(AppSettings.of(Map.of(
                     CosmosDocuments.CONNECTION, server.connectionString(),
                     CosmosDocuments.DATABASE, "bench",
                     CosmosDocuments.CREATE_CONTAINERS, "true")));
             CosmosClient bare = new CosmosClientBuilder().endpoint(server.endpoint()).key(CosmosTestServer.EMULATOR_KEY)
                     .gatewayMode().contentResponseOnWriteEnabled(true).buildClient()) {
            DocumentContainer adapter = documents.container("bench-docs");
            CosmosContainer sdk = bare.getDatabase("bench").getContainer("bench-docs");
            for (int i = 0; i < KEYS; i++) {
                adapter.upsert(pk(i), id(i), body(i, payload));
            }
            IntConsumer adapterUpsert = i -> adapter.upsert(pk(i), id(i), body(i, payload));
            IntConsumer sdkUpsert = i -> sdk.upsertItem(item(i, payload), new PartitionKey(pk(i)), new CosmosItemRequestOptions());
            IntConsumer adapterRead = i -> adapter.read(pk(i), id(i)).orElseThrow();
            IntConsumer sdkRead = i -> sdk.readItem(id(i), new PartitionKey(pk(i)), JsonNode.class).getItem();

            var rounds = new AlternatingRounds(ROUNDS, KEYS);
            // warm-up: the JIT, the connection pool and the server's caches, both sides alike
            rounds.run(adapterRead, sdkRead, Duration.ofSeconds(2));
            rounds.run(adapterUpsert, sdkUpsert, Duration.ofSeconds(2));
            double[] reads = rounds.run(adapterRead, sdkRead, round);
            double[] upserts = rounds.run(adapterUpsert, sdkUpsert, round);
            AlternatingRounds.print("point reads/s", "CosmosDocuments", "bare azure-cosmos", reads);
            AlternatingRounds.print("upserts/s", "CosmosDocuments", "bare azure-cosmos", upserts);
        }
    }

    private static String pk(int i) {
        return "p" + (i % 16);
    }

    private static String id(int i) {
        return "doc-" + i;
    }

    private static String body(int i, String payload) {
        return "{\"n\":" + i + ",\"payload\":\"" + payload + "\"}";
    }

    /** What the adapter writes for {@link #body}: the same properties plus the item's keys. */
    private static ObjectNode item(int i, String payload) {
        return Json.mapper().createObjectNode().put("n", i).put("payload", payload)
                .put("id", id(i)).put("partitionKey", pk(i));
    }
}
