package com.cumulus.commerce.platform.local;

import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.contract.InboxContract;
import com.cumulus.commerce.platform.tables.KeyValueTables;
import java.nio.file.Path;

class InboxOnEmbeddedTablesTest extends InboxContract {

    @Override
    protected KeyValueTables open(Path dataDir, Clock clock) {
        return new EmbeddedTables(SqliteDatabase.open(dataDir.resolve("tables.db")), clock);
    }
}
