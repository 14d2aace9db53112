package com.cumulus.commerce.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.cumulus.commerce.functions.support.testing.FakeHttpRequest;
import com.cumulus.commerce.functions.support.testing.PackagedAppContract;
import com.cumulus.commerce.platform.azure.Emulators;
import com.cumulus.commerce.platform.azure.cosmos.CosmosShim;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The payments app as {@code mvn package} stages it for Azure, loaded the way the Java worker loads it, on
 * platform-azure pointed at cosmosdb-server (documents) and Azurite (tables). Building the app migrates its ledger,
 * so this proves how far the build gets: platform-azure has no Ledger adapter yet.
 */
class PackagedPaymentsAppIT extends PackagedAppContract {

    private Emulators.Azurite azurite;

    @Override
    protected String injectorClass() {
        return PaymentsFunctionInjector.class.getName();
    }

    @BeforeAll
    void startEmulators() {
        azurite = Emulators.azurite();
        String database = "payments-boot-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> settings = new HashMap<>(CosmosShim.running().settings(database).asMap());
        settings.put("PAYMENTS_DATABASE", database);
        settings.put("AzureWebJobsStorage", azurite.connectionString());
        settings.put("IDENTITY_ISSUER", "https://login.example.test/cumulus/v2.0");
        startWith(settings);
    }

    @AfterAll
    void stopEmulators() {
        CosmosShim.stop();
        if (azurite != null) {
            azurite.close();
        }
    }

    @Test
    void theLedgersMigrationsCanRunOnAzureSql() {
        assertThat(app.serviceEntries("org.flywaydb.core.extensibility.Plugin"))
                .as("Flyway's database types in lib/: flyway-core alone has no SQL Server")
                .contains("org.flywaydb.database.sqlserver.SQLServerDatabaseType");
        assertThat(jarNames()).noneMatch(name -> name.startsWith("lombok"));
    }

    @Test
    void aWebhookPassesTheGuardThenBuildsTheAppOnItsDocumentsAndStopsAtTheLedger() {
        Throwable failure = catchThrowable(() -> app.invokeHttp("PaymentWebhook",
                FakeHttpRequest.post("/api/webhooks/payments", "{}"), Map.of()));

        assertThat(failure).isInstanceOf(UnsupportedOperationException.class)
                .hasMessage("Ledger has no Azure adapter yet");
        assertThat(frames(failure)).contains("com.cumulus.commerce.payments.PaymentsApp.<init>",
                "com.cumulus.commerce.platform.azure.AzurePlatform.ledger");
    }
}
