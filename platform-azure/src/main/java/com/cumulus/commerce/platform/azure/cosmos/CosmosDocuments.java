package com.cumulus.commerce.platform.azure.cosmos;

import com.azure.cosmos.CosmosClient;
import com.azure.cosmos.CosmosClientBuilder;
import com.azure.cosmos.CosmosContainer;
import com.azure.cosmos.CosmosDatabase;
import com.azure.cosmos.models.CosmosContainerProperties;
import com.cumulus.commerce.platform.azure.ServiceConnection;
import com.cumulus.commerce.platform.config.AppSettings;
import com.cumulus.commerce.platform.documents.DocumentContainer;
import com.cumulus.commerce.platform.documents.Documents;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link Documents} on Azure Cosmos DB for NoSQL through azure-cosmos in gateway mode. Every container is
 * partitioned on {@code /partitionKey}; change-feed leases live in the lease container (partitioned on
 * {@code /id}). Containers are provisioned with the app unless {@value #CREATE_CONTAINERS} allows creating
 * missing ones (emulators, tests).
 */
public final class CosmosDocuments implements Documents, AutoCloseable {

    public static final String CONNECTION = "CosmosDBConnection";
    public static final String DATABASE = "COSMOS_DATABASE";
    public static final String LEASE_CONTAINER = "COSMOS_LEASE_CONTAINER";
    public static final String CREATE_CONTAINERS = "COSMOS_CREATE_CONTAINERS";
    static final String PARTITION_KEY_PATH = "/partitionKey";

    private final CosmosClient client;
    private final CosmosDatabase database;
    private final boolean createContainers;
    private final String leaseContainerName;
    private final Map<String, CosmosDocumentContainer> containers = new ConcurrentHashMap<>();
    private volatile CosmosContainer leases;

    CosmosDocuments(CosmosClient client, String databaseName, String leaseContainerName, boolean createContainers) {
        this.client = Objects.requireNonNull(client, "'client' must not be null");
        this.createContainers = createContainers;
        this.leaseContainerName = leaseContainerName;
        if (createContainers) {
            client.createDatabaseIfNotExists(databaseName);
        }
        this.database = client.getDatabase(databaseName);
    }

    /**
     * Opens the client from {@code CosmosDBConnection}: a connection string {@code AccountEndpoint=...;AccountKey=...}
     * or {@code CosmosDBConnection__accountEndpoint} with the connection's credential.
     */
    public static CosmosDocuments fromSettings(AppSettings settings) {
        var connection = ServiceConnection.named(settings, CONNECTION);
        var builder = new CosmosClientBuilder().gatewayMode().contentResponseOnWriteEnabled(true);
        connection.connectionString().ifPresentOrElse(
                value -> {
                    var parts = CosmosConnectionString.parse(value);
                    builder.endpoint(parts.endpoint()).key(parts.key());
                },
                () -> builder.endpoint(connection.requireProperty("accountEndpoint"))
                        .credential(connection.credential()));
        boolean create = Boolean.parseBoolean(settings.get(CREATE_CONTAINERS, "false").trim());
        return new CosmosDocuments(builder.buildClient(), settings.get(DATABASE, "commerce"),
                settings.get(LEASE_CONTAINER, "leases"), create);
    }

    @Override
    public DocumentContainer container(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("'name' must not be blank");
        }
        return containers.computeIfAbsent(name, n -> new CosmosDocumentContainer(opened(n, PARTITION_KEY_PATH), this));
    }

    CosmosContainer leases() {
        CosmosContainer opened = leases;
        if (opened == null) {
            opened = opened(leaseContainerName, "/id");
            leases = opened;
        }
        return opened;
    }

    private CosmosContainer opened(String name, String partitionKeyPath) {
        if (createContainers) {
            database.createContainerIfNotExists(new CosmosContainerProperties(name, partitionKeyPath));
        }
        return database.getContainer(name);
    }

    @Override
    public void close() {
        client.close();
    }
}
