package com.cumulus.commerce.catalog.functions;

import com.cumulus.commerce.catalog.application.RefreshListings;
import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.annotation.CosmosDBTrigger;
import com.microsoft.azure.functions.annotation.FunctionName;
import java.util.Objects;

/**
 * Keeps the listing view in step with the {@code products} container. A document that cannot be read is
 * logged by id and skipped: retrying would not make it readable, and it must not hold up the feed.
 */
public final class ProductChangeFeedFunction {

    private final RefreshListings refreshListings;

    public ProductChangeFeedFunction(RefreshListings refreshListings) {
        this.refreshListings = Objects.requireNonNull(refreshListings, "'refreshListings' must not be null");
    }

    @FunctionName("ProductChangeFeed")
    public void run(
            @CosmosDBTrigger(name = "documents", databaseName = "%CATALOG_DATABASE%", containerName = "products",
                    connection = "CosmosDBConnection", leaseContainerName = "leases",
                    createLeaseContainerIfNotExists = true) String documents,
            ExecutionContext context) {
        var batch = ProductChangeFeed.parse(documents);
        if (!batch.unreadable().isEmpty()) {
            context.getLogger().warning("skipped unreadable product documents " + batch.unreadable());
        }
        refreshListings.apply(batch.changes());
    }
}
