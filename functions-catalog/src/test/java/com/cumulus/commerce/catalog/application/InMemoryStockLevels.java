package com.cumulus.commerce.catalog.application;

import com.cumulus.commerce.platform.kernel.Sku;
import com.cumulus.commerce.catalog.model.StockLevel;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Stock levels in a map, with unquoted ETags (as some stores have) that change on every write. */
public final class InMemoryStockLevels implements StockLevels {

    private final Map<Sku, Versioned<StockLevel>> stored = new ConcurrentHashMap<>();
    private final AtomicLong versions = new AtomicLong();

    @Override
    public Optional<Versioned<StockLevel>> find(Sku sku) {
        return Optional.ofNullable(stored.get(sku));
    }

    @Override
    public synchronized Optional<Versioned<StockLevel>> create(StockLevel level) {
        if (stored.containsKey(level.sku())) {
            return Optional.empty();
        }
        return Optional.of(store(level));
    }

    @Override
    public synchronized Optional<Versioned<StockLevel>> replace(StockLevel level, String expectedEtag) {
        var current = stored.get(level.sku());
        if (current == null || !current.etag().equals(expectedEtag)) {
            return Optional.empty();
        }
        return Optional.of(store(level));
    }

    public Versioned<StockLevel> store(StockLevel level) {
        var versioned = new Versioned<>(level, "s" + versions.incrementAndGet());
        stored.put(level.sku(), versioned);
        return versioned;
    }
}
