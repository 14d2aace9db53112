package com.cumulus.commerce.platform.azure;

import com.azure.data.tables.TableServiceClient;
import com.azure.data.tables.models.TableItem;
import com.cumulus.commerce.platform.config.AppSettings;
import java.util.Map;

/** What the table tests share: settings pointing at Azurite, and a clean account per test. */
final class AzuriteTables {

    private AzuriteTables() {
    }

    static AppSettings settings(Emulators.Azurite azurite) {
        return AppSettings.of(Map.of(AzureTables.CONNECTION, azurite.connectionString()));
    }

    /** Each test starts on an empty account, as each embedded test starts on an empty folder. */
    static void deleteAll(TableServiceClient service) {
        service.listTables().stream().map(TableItem::getName).forEach(service::deleteTable);
    }
}
