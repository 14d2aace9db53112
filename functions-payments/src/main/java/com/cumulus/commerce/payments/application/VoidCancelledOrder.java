package com.cumulus.commerce.payments.application;

import com.cumulus.commerce.payments.model.PaymentId;
import com.cumulus.commerce.platform.kernel.OrderId;
import com.cumulus.commerce.platform.events.Inbox;
import java.util.Objects;

/** On {@code commerce.orders.order-cancelled.v1}: voids that order's payment, once per event id. */
public final class VoidCancelledOrder {

    public static final String ORDER_CANCELLED = "commerce.orders.order-cancelled.v1";
    static final String CONSUMER = "payments-voids";

    private final VoidPayment voidPayment;
    private final Inbox inbox;

    public VoidCancelledOrder(VoidPayment voidPayment, Inbox inbox) {
        this.voidPayment = Objects.requireNonNull(voidPayment, "'voidPayment' must not be null");
        this.inbox = Objects.requireNonNull(inbox, "'inbox' must not be null");
    }

    /**
     * @return false when the event is ignored (another type, or an order id that cannot have a payment)
     * @throws IllegalStateException when the PSP fails, so the message is delivered again
     */
    public boolean handle(String eventId, String type, String orderId) {
        if (!ORDER_CANCELLED.equals(type) || !OrderId.isValid(orderId)) {
            return false;
        }
        inbox.handleOnce(CONSUMER, eventId, () -> {
            var result = voidPayment.voidPayment(PaymentId.forOrder(OrderId.of(orderId)));
            if (result instanceof VoidResult.PspFailed failed) {
                throw new IllegalStateException("the PSP failed to void the payment of " + orderId + ": "
                        + failed.reason());
            }
        });
        return true;
    }
}
