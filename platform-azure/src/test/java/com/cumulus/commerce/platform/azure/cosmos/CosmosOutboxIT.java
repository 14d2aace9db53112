package com.cumulus.commerce.platform.azure.cosmos;

import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.Platform;
import com.cumulus.commerce.platform.ProcessInstance;
import com.cumulus.commerce.platform.cache.Cache;
import com.cumulus.commerce.platform.contract.OutboxContract;
import com.cumulus.commerce.platform.documents.Documents;
import com.cumulus.commerce.platform.keys.KeyWrapping;
import com.cumulus.commerce.platform.ledger.Ledger;
import com.cumulus.commerce.platform.local.LocalPlatform;
import com.cumulus.commerce.platform.messaging.Queues;
import com.cumulus.commerce.platform.messaging.Topics;
import com.cumulus.commerce.platform.secrets.Secrets;
import com.cumulus.commerce.platform.streams.EventStreams;
import com.cumulus.commerce.platform.tables.KeyValueTables;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outbox contract with its documents, batch and change feed on cosmosdb-server behind the test shim; the
 * topics it publishes to are the embedded ones (Service Bus has no emulator here).
 */
@ExtendWith(CosmosShimExtension.class)
class CosmosOutboxIT extends OutboxContract {

    @Override
    protected Platform open(Path dataDir, Clock clock) {
        var documents = CosmosDocuments.fromSettings(CosmosShim.running().settings(TestDatabases.named(dataDir)));
        return new CosmosDocumentsOnLocal(documents, new LocalPlatform(dataDir, clock));
    }

    private record CosmosDocumentsOnLocal(CosmosDocuments cosmos, LocalPlatform local) implements Platform {

        @Override
        public Queues queues() {
            return local.queues();
        }

        @Override
        public Topics topics() {
            return local.topics();
        }

        @Override
        public EventStreams eventStreams() {
            return local.eventStreams();
        }

        @Override
        public KeyValueTables tables() {
            return local.tables();
        }

        @Override
        public Cache cache() {
            return local.cache();
        }

        @Override
        public Secrets secrets() {
            return local.secrets();
        }

        @Override
        public KeyWrapping keys() {
            return local.keys();
        }

        @Override
        public Ledger ledger() {
            return local.ledger();
        }

        @Override
        public Clock clock() {
            return local.clock();
        }

        @Override
        public ProcessInstance instance() {
            return local.instance();
        }

        @Override
        public void close() {
            try {
                cosmos.close();
            } finally {
                local.close();
            }
        }

        @Override
        public Documents documents() {
            return cosmos;
        }
    }
}
