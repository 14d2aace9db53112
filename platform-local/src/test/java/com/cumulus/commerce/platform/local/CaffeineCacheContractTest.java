package com.cumulus.commerce.platform.local;

import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.cache.Cache;
import com.cumulus.commerce.platform.contract.CacheContract;

class CaffeineCacheContractTest extends CacheContract {

    @Override
    protected Cache open(Clock clock) {
        return new CaffeineCache(1_000, clock);
    }
}
