package com.cumulus.commerce.orders.application;

import java.util.Optional;
import com.cumulus.commerce.platform.kernel.OrderId;
import com.cumulus.commerce.orders.model.OrderStatus;
import com.cumulus.commerce.orders.model.Transition;
import com.cumulus.commerce.platform.events.Inbox;
import java.lang.System.Logger.Level;
import java.util.Objects;

/**
 * Consumer of {@code payment-events/orders-refunds}: a full refund moves the confirmed order to {@code REFUNDED}.
 * Other event types and partial refunds are ignored; a redelivered event is dropped by the inbox.
 */
public final class RecordRefund {

    public static final String CONSUMER = "orders-refunds";
    private static final System.Logger LOG = System.getLogger(RecordRefund.class.getName());

    private final TransitionOrder transitionOrder;
    private final Inbox inbox;

    public RecordRefund(TransitionOrder transitionOrder, Inbox inbox) {
        this.transitionOrder = Objects.requireNonNull(transitionOrder, "'transitionOrder' must not be null");
        this.inbox = Objects.requireNonNull(inbox, "'inbox' must not be null");
    }

    /** @return whether the event changed anything worth handling (false for ignored types and duplicates) */
    public boolean handle(PaymentEvent event) {
        if (!event.type().equals(PaymentEvent.REFUNDED) || !event.fullyRefunded() || event.orderId() == null) {
            return false;
        }
        return inbox.handleOnce(CONSUMER, event.id(), () -> {
            // an id that cannot be an order's names no order, as an unknown one does
            var outcome = OrderId.isValid(event.orderId())
                    ? transitionOrder.transition(OrderId.of(event.orderId()), OrderStatus.REFUNDED, null, null)
                    : Optional.<Transition>empty();
            if (outcome.isEmpty()) {
                LOG.log(Level.WARNING, "refund event " + event.id() + " names unknown order " + event.orderId());
            } else if (outcome.get() instanceof Transition.Refused refused) {
                // a redelivery cannot fix this; it needs an operator, not another attempt
                LOG.log(Level.WARNING, "refund event " + event.id() + " ignored: " + refused.detail());
            }
        });
    }
}
