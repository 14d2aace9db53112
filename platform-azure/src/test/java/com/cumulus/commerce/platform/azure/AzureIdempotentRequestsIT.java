package com.cumulus.commerce.platform.azure;

import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.Platform;
import com.cumulus.commerce.platform.contract.IdempotentRequestsContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The Idempotency-Key records on the Azure platform's tables (Azurite). Many app instances share the account,
 * so a request of an instance that is gone is only taken over after the timeout.
 */
class AzureIdempotentRequestsIT extends IdempotentRequestsContract {

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
    protected Platform open(Path dataDir, Clock clock) {
        return new AzurePlatform(azurite.settingsFor(dataDir));
    }
}
