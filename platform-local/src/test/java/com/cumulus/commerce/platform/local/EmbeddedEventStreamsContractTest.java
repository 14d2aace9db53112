package com.cumulus.commerce.platform.local;

import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.contract.EventStreamsContract;
import com.cumulus.commerce.platform.streams.EventStreams;
import java.nio.file.Path;

class EmbeddedEventStreamsContractTest extends EventStreamsContract {

    @Override
    protected EventStreams open(Path dataDir, Clock clock) {
        return new EmbeddedEventStreams(SqliteDatabase.open(dataDir.resolve("streams.db")), clock);
    }
}
