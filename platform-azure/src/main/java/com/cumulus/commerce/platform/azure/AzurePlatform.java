package com.cumulus.commerce.platform.azure;

import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.Platform;
import com.cumulus.commerce.platform.ProcessInstance;
import com.cumulus.commerce.platform.cache.Cache;
import com.cumulus.commerce.platform.config.AppSettings;
import com.cumulus.commerce.platform.documents.Documents;
import com.cumulus.commerce.platform.keys.KeyWrapping;
import com.cumulus.commerce.platform.ledger.Ledger;
import com.cumulus.commerce.platform.messaging.Queues;
import com.cumulus.commerce.platform.messaging.Topics;
import com.cumulus.commerce.platform.secrets.Secrets;
import com.cumulus.commerce.platform.streams.EventStreams;
import com.cumulus.commerce.platform.tables.KeyValueTables;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Every platform port on its Azure service through the Azure SDKs. Each port is opened on first use, so an app
 * needs settings only for the services it calls (the catalog has no ledger). Many instances of an app share
 * these services, so {@link #instance()} cannot tell whether another instance's claim is still live.
 */
public final class AzurePlatform implements Platform {

    private final AppSettings settings;
    private final Clock clock = Clock.system();
    private final ProcessInstance instance = ProcessInstance.started(false);
    private final Deque<AutoCloseable> opened = new ArrayDeque<>();
    private boolean closed;

    private Documents documents;
    private Queues queues;
    private Topics topics;
    private EventStreams eventStreams;
    private KeyValueTables tables;
    private Cache cache;
    private Secrets secrets;
    private KeyWrapping keys;
    private Ledger ledger;

    public AzurePlatform(AppSettings settings) {
        this.settings = Objects.requireNonNull(settings, "'settings' must not be null");
    }

    Map<String, String> settings() {
        return settings.asMap();
    }

    synchronized boolean isClosed() {
        return closed;
    }

    @Override
    public synchronized Documents documents() {
        return documents = opened(documents, AzureAdapters::documents);
    }

    @Override
    public synchronized Queues queues() {
        return queues = opened(queues, AzureAdapters::queues);
    }

    @Override
    public synchronized Topics topics() {
        return topics = opened(topics, AzureAdapters::topics);
    }

    @Override
    public synchronized EventStreams eventStreams() {
        return eventStreams = opened(eventStreams, AzureAdapters::eventStreams);
    }

    @Override
    public synchronized KeyValueTables tables() {
        return tables = opened(tables, AzureAdapters::tables);
    }

    @Override
    public synchronized Cache cache() {
        return cache = opened(cache, AzureAdapters::cache);
    }

    @Override
    public synchronized Secrets secrets() {
        return secrets = opened(secrets, AzureAdapters::secrets);
    }

    @Override
    public synchronized KeyWrapping keys() {
        return keys = opened(keys, AzureAdapters::keys);
    }

    @Override
    public synchronized Ledger ledger() {
        return ledger = opened(ledger, AzureAdapters::ledger);
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public ProcessInstance instance() {
        return instance;
    }

    private <T> T opened(T current, Function<AppSettings, T> open) {
        if (closed) {
            throw new IllegalStateException("the platform is closed");
        }
        if (current != null) {
            return current;
        }
        T port = open.apply(settings);
        if (port instanceof AutoCloseable closeable) {
            opened.push(closeable);
        }
        return port;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        RuntimeException failure = null;
        while (!opened.isEmpty()) {
            try {
                opened.pop().close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("closing the Azure platform failed", e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
