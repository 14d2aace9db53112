package com.cumulus.commerce.platform.local;

import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.Platform;
import com.cumulus.commerce.platform.ProcessInstance;
import com.cumulus.commerce.platform.cache.Cache;
import com.cumulus.commerce.platform.documents.Documents;
import com.cumulus.commerce.platform.keys.KeyWrapping;
import com.cumulus.commerce.platform.ledger.Ledger;
import com.cumulus.commerce.platform.messaging.Queues;
import com.cumulus.commerce.platform.messaging.Topics;
import com.cumulus.commerce.platform.secrets.Secrets;
import com.cumulus.commerce.platform.streams.EventStreams;
import com.cumulus.commerce.platform.tables.KeyValueTables;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Every platform port on embedded stores under one data directory: one SQLite file per service
 * (documents, tables, vault, keys, messaging, streams, ledger) and an in-process cache. It holds the folder's
 * lock while open, so it is the sole user of those stores: a claim recorded by another instance was left by a
 * process that is gone (or by this folder's previous opening).
 */
public final class LocalPlatform implements Platform {

    static final long CACHE_ENTRIES = 100_000;

    private final Path dataDir;
    private final Clock clock;
    private final Consumer<LocalPlatform> onClose;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** What to close, newest first. */
    private final Deque<AutoCloseable> opened = new ArrayDeque<>();
    private final EmbeddedDocuments documents;
    private final EmbeddedTables tables;
    private final CaffeineCache cache;
    private final EmbeddedVault vault;
    private final EmbeddedKeyVault keys;
    private final EmbeddedQueues queues;
    private final EmbeddedTopics topics;
    private final EmbeddedEventStreams eventStreams;
    private final EmbeddedLedger ledger;
    private final ProcessInstance instance = ProcessInstance.started(true);

    public LocalPlatform(Path dataDir, Clock clock) {
        this(dataDir, clock, platform -> { });
    }

    LocalPlatform(Path dataDir, Clock clock, Consumer<LocalPlatform> onClose) {
        this.dataDir = Objects.requireNonNull(dataDir, "'dataDir' must not be null").toAbsolutePath().normalize();
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
        this.onClose = Objects.requireNonNull(onClose, "'onClose' must not be null");
        try {
            opened(DataDirectoryLock.acquire(this.dataDir));
            documents = opened(new EmbeddedDocuments(SqliteDatabase.open(this.dataDir.resolve("documents.db")), clock));
            tables = opened(new EmbeddedTables(SqliteDatabase.open(this.dataDir.resolve("tables.db")), clock));
            vault = opened(EmbeddedVault.open(this.dataDir.resolve("vault.db"), clock));
            keys = opened(EmbeddedKeyVault.open(this.dataDir.resolve("keys.db"), clock));
            queues = opened(new EmbeddedQueues(SqliteDatabase.open(this.dataDir.resolve("messaging.db")), clock));
            topics = new EmbeddedTopics(queues);
            eventStreams = opened(
                    new EmbeddedEventStreams(SqliteDatabase.open(this.dataDir.resolve("streams.db")), clock));
            ledger = EmbeddedLedger.open(this.dataDir.resolve("ledger.db"));
            cache = new CaffeineCache(CACHE_ENTRIES, clock);
        } catch (RuntimeException e) {
            closeOpened(e);
            throw e;
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Where local pollers wait for writes to a document container (by its name) instead of polling it. */
    public Arrivals documentArrivals() {
        return documents.arrivals();
    }

    /** Where local receivers wait for messages on a queue entity (by its path) instead of polling it. */
    public Arrivals queueArrivals() {
        return queues.arrivals();
    }

    @Override
    public Documents documents() {
        return documents;
    }

    @Override
    public Queues queues() {
        return queues;
    }

    @Override
    public Topics topics() {
        return topics;
    }

    @Override
    public EventStreams eventStreams() {
        return eventStreams;
    }

    @Override
    public KeyValueTables tables() {
        return tables;
    }

    @Override
    public Cache cache() {
        return cache;
    }

    @Override
    public Secrets secrets() {
        return vault;
    }

    @Override
    public KeyWrapping keys() {
        return keys;
    }

    @Override
    public Ledger ledger() {
        return ledger;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public ProcessInstance instance() {
        return instance;
    }

    /** Closes every store; a second call does nothing. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        RuntimeException failure = null;
        try {
            failure = closeOpened(null);
        } finally {
            onClose.accept(this);
        }
        if (failure != null) {
            throw failure;
        }
    }

    private <T extends AutoCloseable> T opened(T store) {
        opened.push(store);
        return store;
    }

    /** Closes everything opened so far, newest first, adding failures to {@code failure} (or a new one). */
    private RuntimeException closeOpened(RuntimeException failure) {
        while (!opened.isEmpty()) {
            try {
                opened.pop().close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("closing the local platform in " + dataDir + " failed", e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        return failure;
    }
}
