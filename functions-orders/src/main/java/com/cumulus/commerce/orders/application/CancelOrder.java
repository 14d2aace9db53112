package com.cumulus.commerce.orders.application;

import com.cumulus.commerce.platform.kernel.OrderId;
import com.cumulus.commerce.orders.model.OrderStatus;
import com.cumulus.commerce.orders.model.Transition;
import com.cumulus.commerce.platform.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * The owner cancels an order that is not yet confirmed; the order-cancelled event goes out with the change, so
 * the catalog releases its stock and payments voids its payment. Cancelling twice changes nothing.
 */
public final class CancelOrder {

    static final String REASON = "cancelled by the customer";

    private final Orders orders;
    private final OrderChanges changes;
    private final Clock clock;

    public CancelOrder(Orders orders, Clock clock) {
        this.orders = Objects.requireNonNull(orders, "'orders' must not be null");
        this.changes = new OrderChanges(orders);
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
    }

    /** Empty when {@code customerId} has no such order (whoever else may have one). */
    public Optional<Transition> cancel(String customerId, OrderId id, String traceparent) {
        return changes.apply(() -> orders.findOwned(customerId, id),
                order -> order.moveTo(OrderStatus.CANCELLED, REASON, clock.now()), traceparent);
    }
}
