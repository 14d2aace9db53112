package com.cumulus.commerce.platform.azure;

import com.cumulus.commerce.platform.azure.cosmos.CosmosDocuments;
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

/** Opens each port's adapter from the app settings. One method per port; each adapter reads its own settings. */
final class AzureAdapters {

    private AzureAdapters() {
    }

    static Documents documents(AppSettings settings) {
        return CosmosDocuments.fromSettings(settings);
    }

    /** Service Bus queues and subscriptions, from {@code ServiceBusConnection}. */
    static Queues queues(AppSettings settings) {
        return new ServiceBusQueues(ServiceBusClients.open(ServiceBusClients.connection(settings)));
    }

    /** Service Bus topics, from {@code ServiceBusConnection} (their own AMQP connection, apart from the queues'). */
    static Topics topics(AppSettings settings) {
        return new ServiceBusTopics(ServiceBusClients.open(ServiceBusClients.connection(settings)));
    }

    /** Event Hubs from {@code EventHubConnection}, checkpoints in {@code AzureWebJobsStorage}'s Blob service. */
    static EventStreams eventStreams(AppSettings settings) {
        return new EventHubsStreams(EventHubsClients.open(settings));
    }

    static KeyValueTables tables(AppSettings settings) {
        return AzureTables.open(settings);
    }

    static Cache cache(AppSettings settings) {
        return RedisCache.open(settings);
    }

    static Secrets secrets(AppSettings settings) {
        throw notBuilt("Secrets");
    }

    static KeyWrapping keys(AppSettings settings) {
        throw notBuilt("KeyWrapping");
    }

    static Ledger ledger(AppSettings settings) {
        throw notBuilt("Ledger");
    }

    private static UnsupportedOperationException notBuilt(String port) {
        return new UnsupportedOperationException(port + " has no Azure adapter yet");
    }
}
