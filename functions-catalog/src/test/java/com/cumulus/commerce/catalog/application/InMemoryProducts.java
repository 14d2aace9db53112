package com.cumulus.commerce.catalog.application;

import com.cumulus.commerce.platform.kernel.Sku;
import com.cumulus.commerce.catalog.model.Product;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Products in a map, with Cosmos-style quoted ETags that change on every write. */
public final class InMemoryProducts implements Products {

    private final Map<Sku, Versioned<Product>> stored = new ConcurrentHashMap<>();
    private final AtomicLong versions = new AtomicLong();

    @Override
    public Optional<Versioned<Product>> find(Sku sku) {
        return Optional.ofNullable(stored.get(sku));
    }

    @Override
    public synchronized Optional<Versioned<Product>> create(Product product) {
        if (stored.containsKey(Sku.of(product.sku()))) {
            return Optional.empty();
        }
        return Optional.of(store(product));
    }

    @Override
    public synchronized Optional<Versioned<Product>> replace(Product product, String expectedEtag) {
        var current = stored.get(Sku.of(product.sku()));
        if (current == null || !current.etag().equals(expectedEtag)) {
            return Optional.empty();
        }
        return Optional.of(store(product));
    }

    /** Writes behind the use cases' back, as a concurrent writer would. */
    public Versioned<Product> store(Product product) {
        var versioned = new Versioned<>(product, "\"v" + versions.incrementAndGet() + "\"");
        stored.put(Sku.of(product.sku()), versioned);
        return versioned;
    }

    public int size() {
        return stored.size();
    }
}
