package com.cumulus.commerce.platform.local;

import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.contract.TopicsContract;
import java.nio.file.Path;

class EmbeddedTopicsContractTest extends TopicsContract {

    @Override
    protected Broker open(Path dataDir, Clock clock) {
        EmbeddedQueues queues = new EmbeddedQueues(SqliteDatabase.open(dataDir.resolve("messaging.db")), clock);
        return new Broker(queues, new EmbeddedTopics(queues), queues);
    }
}
