package com.cumulus.commerce.platform.azure;

import com.azure.data.tables.TableServiceClient;
import com.azure.data.tables.TableServiceClientBuilder;
import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.contract.InboxContract;
import com.cumulus.commerce.platform.tables.KeyValueTables;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The inbox on Table Storage (Azurite): its claims rely on insert conflicts and ETag replaces there. */
class InboxOnAzureTablesIT extends InboxContract {

    private static Emulators.Azurite azurite;
    private static TableServiceClient service;
    private Path openedOn;

    @BeforeAll
    static void startAzurite() {
        azurite = Emulators.azurite();
        service = new TableServiceClientBuilder().connectionString(azurite.connectionString()).buildClient();
    }

    @AfterAll
    static void stopAzurite() {
        azurite.close();
    }

    @Override
    protected KeyValueTables open(Path dataDir, Clock clock) {
        if (!dataDir.equals(openedOn)) {
            openedOn = dataDir;
            AzuriteTables.deleteAll(service);
        }
        return AzureTables.open(AzuriteTables.settings(azurite));
    }
}
