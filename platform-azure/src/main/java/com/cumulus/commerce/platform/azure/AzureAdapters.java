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
import java.time.Duration;

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

    /** Table Storage tables from {@code AzureWebJobsStorage}. */
    static KeyValueTables tables(AppSettings settings) {
        return AzureTables.open(settings);
    }

    /** Azure Cache for Redis from {@code RedisConnection}, signed in with Microsoft Entra tokens. */
    static Cache cache(AppSettings settings) {
        return RedisCache.open(settings);
    }

    /** Key Vault secrets of the vault at {@code KeyVaultConnection__vaultUri}. */
    static Secrets secrets(AppSettings settings) {
        return new KeyVaultSecrets(KeyVaultClients.from(settings).secretClient());
    }

    /** Key Vault keys of the vault at {@code KeyVaultConnection__vaultUri}, wrapping with RSA-OAEP-256. */
    static KeyWrapping keys(AppSettings settings) {
        var vault = KeyVaultClients.from(settings);
        return new KeyVaultKeys(vault.keyClient(), vault::cryptographyClient, Duration.ofSeconds(1));
    }

    /** Azure SQL Database from {@code SqlConnection}, with Microsoft Entra authentication and a HikariCP pool. */
    static Ledger ledger(AppSettings settings) {
        return AzureSqlLedger.open(settings);
    }

    private static UnsupportedOperationException notBuilt(String port) {
        return new UnsupportedOperationException(port + " has no Azure adapter yet");
    }
}
