package com.cumulus.commerce.platform.local;

import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.Platform;
import com.cumulus.commerce.platform.contract.OutboxContract;
import java.nio.file.Path;

class LocalOutboxTest extends OutboxContract {

    @Override
    protected Platform open(Path dataDir, Clock clock) {
        return new LocalPlatform(dataDir, clock);
    }
}
