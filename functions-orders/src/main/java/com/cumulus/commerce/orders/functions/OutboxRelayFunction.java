package com.cumulus.commerce.orders.functions;

import com.cumulus.commerce.platform.events.Outbox;
import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.annotation.CosmosDBTrigger;
import com.microsoft.azure.functions.annotation.FunctionName;
import java.util.Objects;

/**
 * The outbox relay: the {@code orders} change feed hands over each new outbox document, which is published to
 * {@code order-events} and then deleted. A failure throws, so the host retries the batch (at least once); an
 * unreadable document is logged by id and skipped, since retrying would not make it readable.
 */
public final class OutboxRelayFunction {

    private final Outbox outbox;

    public OutboxRelayFunction(Outbox outbox) {
        this.outbox = Objects.requireNonNull(outbox, "'outbox' must not be null");
    }

    @FunctionName("OrdersOutboxRelay")
    public void run(
            @CosmosDBTrigger(name = "documents", databaseName = "%ORDERS_DATABASE%", containerName = "orders",
                    connection = "CosmosDBConnection", leaseContainerName = "leases",
                    leaseContainerPrefix = "outbox-relay", createLeaseContainerIfNotExists = true) String documents,
            ExecutionContext context) {
        outbox.relay(documents, context.getLogger());
    }
}
