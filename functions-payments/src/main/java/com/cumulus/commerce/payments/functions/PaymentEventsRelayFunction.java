package com.cumulus.commerce.payments.functions;

import com.cumulus.commerce.platform.events.Outbox;
import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.annotation.CosmosDBTrigger;
import com.microsoft.azure.functions.annotation.FunctionName;
import java.util.Objects;

/** The outbox relay: the {@code payments} change feed (lease {@code outbox-relay}) to topic {@code payment-events}. */
public final class PaymentEventsRelayFunction {

    private final Outbox outbox;

    public PaymentEventsRelayFunction(Outbox outbox) {
        this.outbox = Objects.requireNonNull(outbox, "'outbox' must not be null");
    }

    @FunctionName("PaymentEventsRelay")
    public void run(
            @CosmosDBTrigger(name = "documents", databaseName = "%PAYMENTS_DATABASE%", containerName = "payments",
                    connection = "CosmosDBConnection", leaseContainerName = "leases",
                    leaseContainerPrefix = "outbox-relay", createLeaseContainerIfNotExists = true) String documents,
            ExecutionContext context) {
        outbox.relay(documents, context.getLogger());
    }
}
