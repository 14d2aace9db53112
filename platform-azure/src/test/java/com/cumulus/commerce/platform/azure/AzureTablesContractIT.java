package com.cumulus.commerce.platform.azure;

import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.contract.KeyValueTablesContract;
import com.cumulus.commerce.platform.tables.KeyValueTables;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The tables contract on Table Storage as Azurite serves it. */
class AzureTablesContractIT extends KeyValueTablesContract {

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

    @Override
    protected boolean timestampsFollowTheClock() {
        return false;
    }
}
