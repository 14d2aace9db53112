package com.cumulus.commerce.platform.local;

import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.contract.QueuesContract;
import com.cumulus.commerce.platform.messaging.Queues;
import java.nio.file.Path;

class EmbeddedQueuesContractTest extends QueuesContract {

    @Override
    protected Queues open(Path dataDir, Clock clock) {
        return new EmbeddedQueues(SqliteDatabase.open(dataDir.resolve("messaging.db")), clock);
    }
}
