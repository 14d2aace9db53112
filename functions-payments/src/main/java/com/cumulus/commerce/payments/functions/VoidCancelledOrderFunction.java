package com.cumulus.commerce.payments.functions;

import com.cumulus.commerce.payments.application.VoidCancelledOrder;
import com.cumulus.commerce.platform.events.ReceivedEvent;
import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.ServiceBusTopicTrigger;
import java.util.Objects;

/**
 * {@code order-events/payments-voids}: voids the payment of a cancelled order. A message that is not a CloudEvent
 * is logged and completed (redelivering it would not make it readable); a PSP failure throws, so the message
 * is delivered again.
 */
public final class VoidCancelledOrderFunction {

    private final VoidCancelledOrder voidCancelledOrder;

    public VoidCancelledOrderFunction(VoidCancelledOrder voidCancelledOrder) {
        this.voidCancelledOrder = Objects.requireNonNull(voidCancelledOrder, "'voidCancelledOrder' must not be null");
    }

    @FunctionName("VoidCancelledOrderPayment")
    public void run(
            @ServiceBusTopicTrigger(name = "message", topicName = "order-events", subscriptionName = "payments-voids",
                    connection = "ServiceBusConnection") String message,
            ExecutionContext context) {
        try {
            var event = ReceivedEvent.read(message);
            voidCancelledOrder.handle(event.id(), event.type(), event.data().path("orderId").asText(null));
        } catch (IllegalArgumentException e) {
            context.getLogger().warning("skipped an unreadable order event: " + e.getMessage());
        }
    }
}
