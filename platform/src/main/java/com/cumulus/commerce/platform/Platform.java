package com.cumulus.commerce.platform;

import com.cumulus.commerce.platform.cache.Cache;
import com.cumulus.commerce.platform.documents.Documents;
import com.cumulus.commerce.platform.keys.KeyWrapping;
import com.cumulus.commerce.platform.ledger.Ledger;
import com.cumulus.commerce.platform.messaging.Queues;
import com.cumulus.commerce.platform.messaging.Topics;
import com.cumulus.commerce.platform.secrets.Secrets;
import com.cumulus.commerce.platform.streams.EventStreams;
import com.cumulus.commerce.platform.tables.KeyValueTables;

/**
 * The cloud services an app is built on, as ports. Azure supplies one set of adapters, platform-local
 * another; composition roots take a {@code Platform} and never know which.
 */
public interface Platform extends AutoCloseable {

    Documents documents();

    Queues queues();

    Topics topics();

    EventStreams eventStreams();

    KeyValueTables tables();

    Cache cache();

    Secrets secrets();

    /** Vault keys that wrap data keys (envelope encryption of PII). */
    KeyWrapping keys();

    /** The app's SQL database for double-entry money records. */
    Ledger ledger();

    Clock clock();

    /** This process among those sharing the stores, so a claim can tell whether its holder is gone. */
    ProcessInstance instance();

    @Override
    void close();
}
