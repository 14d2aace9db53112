package com.cumulus.commerce.benchmarks;

import com.azure.data.tables.TableClient;
import com.azure.data.tables.TableServiceClientBuilder;
import com.azure.data.tables.models.TableEntityUpdateMode;
import com.cumulus.commerce.platform.azure.AzurePlatform;
import com.cumulus.commerce.platform.azure.Emulators;
import com.cumulus.commerce.platform.config.AppSettings;
import com.cumulus.commerce.platform.tables.KeyValueTables;
import com.cumulus.commerce.platform.tables.TableEntity;
import java.time.Duration;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * AzureTables (platform-azure's KeyValueTables) upserts and point reads beside the bare azure-data-tables
 * TableClient making the same calls against the same Azurite (started by platform-azure's test fixture), the same
 * table and the same entities of a 1 KB string property, one thread, in alternating rounds.
 */
final class AzureTablesBenchmark {

    private static final int KEYS = 500;
    private static final int ROUNDS = 4;
    private static final String TABLE = "benchrows";

    void run(Duration measured) {
        String payload = "x".repeat(1000);
        Duration round = measured.dividedBy(ROUNDS);
        System.out.printf("azure-tables: Azurite, 1 KB entities, one thread, %d alternating rounds of %d ms per side%n",
                ROUNDS, round.toMillis());
        try (var azurite = Emulators.azurite();
             var platform = new AzurePlatform(AppSettings.of(Map.of("AzureWebJobsStorage", azurite.connectionString())))) {
            KeyValueTables adapter = platform.tables();
            for (int i = 0; i < KEYS; i++) {
                adapter.upsert(TABLE, entity(i, payload)); // creates the table, as a first use does
            }
            TableClient sdk = new TableServiceClientBuilder().connectionString(azurite.connectionString())
                    .buildClient().getTableClient(TABLE);
            IntConsumer adapterUpsert = i -> adapter.upsert(TABLE, entity(i, payload));
            IntConsumer sdkUpsert = i -> sdk.upsertEntityWithResponse(sdkEntity(i, payload),
                    TableEntityUpdateMode.REPLACE, null, null);
            IntConsumer adapterRead = i -> adapter.get(TABLE, pk(i), rk(i)).orElseThrow();
            IntConsumer sdkRead = i -> sdk.getEntity(pk(i), rk(i));

            var rounds = new AlternatingRounds(ROUNDS, KEYS);
            // warm-up: the JIT, the connection pool and Azurite, both sides alike
            rounds.run(adapterRead, sdkRead, Duration.ofSeconds(2));
            rounds.run(adapterUpsert, sdkUpsert, Duration.ofSeconds(2));
            double[] upserts = rounds.run(adapterUpsert, sdkUpsert, round);
            double[] reads = rounds.run(adapterRead, sdkRead, round);
            AlternatingRounds.print("upserts/s", "AzureTables", "bare azure-data-tables", upserts);
            AlternatingRounds.print("point reads/s", "AzureTables", "bare azure-data-tables", reads);
        }
    }

    private static String pk(int i) {
        return "p" + (i % 16);
    }

    private static String rk(int i) {
        return "row-" + i;
    }

    private static TableEntity entity(int i, String payload) {
        return TableEntity.of(pk(i), rk(i), Map.of("n", (long) i, "payload", payload));
    }

    /** What the adapter writes for {@link #entity}. */
    private static com.azure.data.tables.models.TableEntity sdkEntity(int i, String payload) {
        return new com.azure.data.tables.models.TableEntity(pk(i), rk(i)).addProperty("n", (long) i)
                .addProperty("payload", payload);
    }
}
