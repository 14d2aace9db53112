package com.cumulus.commerce.platform.azure;

import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.contract.InboxContract;
import com.cumulus.commerce.platform.tables.KeyValueTables;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The inbox on Table Storage (Azurite): its claims rely on insert conflicts and ETag replaces there. */
class InboxOnAzureTablesIT extends InboxContract {

    private static AzuriteTables azurite;

    @BeforeAll
    static void startAzurite() {
        azurite = new AzuriteTables();
    }

    @AfterAll
    static void stopAzurite() {
        azurite.close();
    }

    @Override
    protected KeyValueTables open(Path dataDir, Clock clock) {
        return AzureTables.open(azurite.settingsFor(dataDir));
    }
}
