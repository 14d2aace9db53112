package com.cumulus.commerce.orders.application;

import com.cumulus.commerce.platform.kernel.OrderId;
import com.cumulus.commerce.orders.model.OrderStatus;
import com.cumulus.commerce.orders.model.Transition;
import com.cumulus.commerce.platform.Clock;
import java.util.Objects;
import java.util.Optional;

/** The saga (and the refunds consumer) moving an order along its states; events go out with the move. */
public final class TransitionOrder {

    private final Orders orders;
    private final OrderChanges changes;
    private final Clock clock;

    public TransitionOrder(Orders orders, Clock clock) {
        this.orders = Objects.requireNonNull(orders, "'orders' must not be null");
        this.changes = new OrderChanges(orders);
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
    }

    /** Empty when there is no such order. */
    public Optional<Transition> transition(OrderId id, OrderStatus target, String reason, String traceparent) {
        return changes.apply(() -> orders.find(id), order -> order.moveTo(target, reason, clock.now()),
                traceparent);
    }
}
