package com.cumulus.commerce.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.cumulus.commerce.functions.support.testing.FakeHttpRequest;
import com.cumulus.commerce.functions.support.testing.PackagedAppContract;
import com.cumulus.commerce.platform.azure.EmulatorFixture;
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
 * platform-azure pointed at cosmosdb-server (documents) and Azurite (tables). Building the app migrates its ledger
 * on Azure SQL, and no SQL Server engine runs here (it needs Docker), so this proves the build gets as far as
 * mssql-jdbc connecting for the migrations: no further.
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
        // a SQL Server on loopback where nothing listens: the driver's connection is refused at once
        settings.put("SqlConnection", "jdbc:sqlserver://127.0.0.1:" + EmulatorFixture.freeLoopbackPort()
                + ";databaseName=ledger;encrypt=false;loginTimeout=2");
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
    void aWebhookPassesTheGuardThenBuildsTheAppOnItsDocumentsAndReachesAzureSqlForTheMigrations() {
        Throwable failure = catchThrowable(() -> app.invokeHttp("PaymentWebhook",
                FakeHttpRequest.post("/api/webhooks/payments", "{}"), Map.of()));

        assertThat(failure).as("no SQL Server runs here, so the ledger cannot be migrated").isNotNull();
        assertThat(frames(failure)).contains("com.cumulus.commerce.payments.PaymentsApp.<init>",
                "com.cumulus.commerce.payments.adapters.LedgerMigrations.migrate");
        assertThat(causes(failure)).as("mssql-jdbc from lib/ tried the server")
                .contains("com.microsoft.sqlserver.jdbc.SQLServerException");
    }
}
