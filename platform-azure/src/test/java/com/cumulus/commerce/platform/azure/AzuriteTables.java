package com.cumulus.commerce.platform.azure;

import com.azure.data.tables.TableServiceClient;
import com.azure.data.tables.TableServiceClientBuilder;
import com.azure.data.tables.models.TableItem;
import com.cumulus.commerce.platform.config.AppSettings;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the table tests share: one Azurite per test class, settings pointing at it, and a clean account for each
 * test (each new data folder a contract hands over), as each embedded test starts on an empty folder.
 */
final class AzuriteTables implements AutoCloseable {

    private final Emulators.Azurite azurite = Emulators.azurite();
    private final TableServiceClient service =
            new TableServiceClientBuilder().connectionString(azurite.connectionString()).buildClient();
    private Path openedOn;

    static AppSettings settings(Emulators.Azurite azurite) {
        return AppSettings.of(Map.of(AzureTables.CONNECTION, azurite.connectionString()));
    }

    /** The settings for a test on {@code dataDir}; the first call for a new folder empties the account. */
    synchronized AppSettings settingsFor(Path dataDir) {
        if (!dataDir.equals(openedOn)) {
            openedOn = dataDir;
            service.listTables().stream().map(TableItem::getName).forEach(service::deleteTable);
        }
        return settings(azurite);
    }

    @Override
    public void close() {
        azurite.close();
    }
}
