package com.cumulus.commerce.orders.functions;

import com.cumulus.commerce.orders.application.RecordRefund;
import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.ServiceBusTopicTrigger;
import java.util.Objects;

/**
 * Reads {@code payment-events/orders-refunds}: a full refund moves its confirmed order to {@code REFUNDED}. A body
 * that is not a CloudEvent is logged and completed, since no redelivery would change it.
 */
public final class PaymentRefundsFunction {

    private final RecordRefund recordRefund;

    public PaymentRefundsFunction(RecordRefund recordRefund) {
        this.recordRefund = Objects.requireNonNull(recordRefund, "'recordRefund' must not be null");
    }

    @FunctionName("OrdersPaymentRefunds")
    public void run(
            @ServiceBusTopicTrigger(name = "message", topicName = "payment-events", subscriptionName = "orders-refunds",
                    connection = "ServiceBusConnection") String message,
            ExecutionContext context) {
        try {
            recordRefund.handle(PaymentEvents.parse(message));
        } catch (IllegalArgumentException e) {
            context.getLogger().warning("dropped a payment-events message that is not a CloudEvent: " + e.getMessage());
        }
    }
}
