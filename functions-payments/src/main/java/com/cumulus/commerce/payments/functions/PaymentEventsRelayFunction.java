package com.cumulus.commerce.payments.functions;

import com.cumulus.commerce.payments.adapters.PaymentChangeFeed;
import com.cumulus.commerce.payments.application.RelayPaymentEvents;
import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.annotation.CosmosDBTrigger;
import com.microsoft.azure.functions.annotation.FunctionName;
import java.util.Objects;

/** The outbox relay: the {@code payments} change feed (lease {@code outbox-relay}) to topic {@code payment-events}. */
public final class PaymentEventsRelayFunction {

    private final RelayPaymentEvents relayPaymentEvents;

    public PaymentEventsRelayFunction(RelayPaymentEvents relayPaymentEvents) {
        this.relayPaymentEvents = Objects.requireNonNull(relayPaymentEvents, "'relayPaymentEvents' must not be null");
    }

    @FunctionName("PaymentEventsRelay")
    public void run(
            @CosmosDBTrigger(name = "documents", databaseName = "%PAYMENTS_DATABASE%", containerName = "payments",
                    connection = "CosmosDBConnection", leaseContainerName = "leases",
                    leaseContainerPrefix = "outbox-relay", createLeaseContainerIfNotExists = true) String documents,
            ExecutionContext context) {
        relayPaymentEvents.relay(PaymentChangeFeed.outboxEvents(documents));
    }
}
