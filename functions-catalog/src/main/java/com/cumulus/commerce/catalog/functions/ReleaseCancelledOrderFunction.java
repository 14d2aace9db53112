package com.cumulus.commerce.catalog.functions;

import com.cumulus.commerce.catalog.application.ReleaseCancelledOrder;
import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.ServiceBusTopicTrigger;
import java.util.Objects;

/**
 * Releases the reservation of each cancelled order ({@code order-events/catalog-releases}). Other event types are
 * ignored; a message that cannot be read is logged and completed, since redelivering it would not help.
 */
public final class ReleaseCancelledOrderFunction {

    private final ReleaseCancelledOrder releaseCancelledOrder;

    public ReleaseCancelledOrderFunction(ReleaseCancelledOrder releaseCancelledOrder) {
        this.releaseCancelledOrder = Objects.requireNonNull(releaseCancelledOrder,
                "'releaseCancelledOrder' must not be null");
    }

    @FunctionName("ReleaseCancelledOrder")
    public void run(@ServiceBusTopicTrigger(name = "message", topicName = "order-events",
                    subscriptionName = ReleaseCancelledOrder.CONSUMER, connection = "ServiceBusConnection") String message,
                    ExecutionContext context) {
        var read = OrderEvents.read(message);
        if (read instanceof OrderEvents.Read.Cancelled cancelled) {
            if (!releaseCancelledOrder.handle(cancelled.event())) {
                context.getLogger().info("dropped redelivered event " + cancelled.event().eventId());
            }
        } else if (read instanceof OrderEvents.Read.Unreadable unreadable) {
            context.getLogger().warning("skipped an unreadable order event: " + unreadable.why());
        }
    }
}
