package com.cumulus.commerce.platform.azure;

import com.azure.data.tables.TableServiceClient;
import com.azure.data.tables.TableServiceClientBuilder;
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
    protected Platform open(Path dataDir, Clock clock) {
        if (!dataDir.equals(openedOn)) {
            openedOn = dataDir;
            AzuriteTables.deleteAll(service);
        }
        return new AzurePlatform(AzuriteTables.settings(azurite));
    }
}
