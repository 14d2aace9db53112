package com.cumulus.commerce.orders.application;

import com.cumulus.commerce.orders.model.Order;
import com.cumulus.commerce.orders.model.Transition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Read, decide, write under the read version; when another writer got there first (412), read again and decide
 * again on what it left. Every change of an order goes through here, with the events its move announces.
 */
final class OrderChanges {

    static final int ATTEMPTS = 8;

    private final Orders orders;

    OrderChanges(Orders orders) {
        this.orders = orders;
    }

    /** The transition {@code decide} makes of the current order, stored; empty when there is no order. */
    Optional<Transition> apply(Supplier<Optional<Order>> read, Function<Order, Transition> decide,
                               String traceparent) {
        for (int attempt = 1; ; attempt++) {
            var current = read.get();
            if (current.isEmpty()) {
                return Optional.empty();
            }
            var transition = decide.apply(current.get());
            if (!(transition instanceof Transition.Moved moved)) {
                return Optional.of(transition);
            }
            var events = new ArrayList<OrderEvent>();
            OrderEvent.ofMove(moved.order(), traceparent).ifPresent(events::add);
            var stored = orders.update(moved.order(), events);
            if (stored.isPresent()) {
                return Optional.of(new Transition.Moved(stored.get(), moved.from()));
            }
            giveUpAfter(attempt, moved.order());
        }
    }

    /** A change that is not a state move (the saga run id), under the same read-decide-write loop. */
    Optional<Order> update(Supplier<Optional<Order>> read, Function<Order, Optional<Order>> change) {
        for (int attempt = 1; ; attempt++) {
            var current = read.get();
            if (current.isEmpty()) {
                return Optional.empty();
            }
            var changed = change.apply(current.get());
            if (changed.isEmpty()) {
                return current;
            }
            var stored = orders.update(changed.get(), List.of());
            if (stored.isPresent()) {
                return stored;
            }
            giveUpAfter(attempt, changed.get());
        }
    }

    private static void giveUpAfter(int attempt, Order order) {
        if (attempt == ATTEMPTS) {
            throw new IllegalStateException("order " + order.id() + " kept changing under " + ATTEMPTS + " writes");
        }
    }
}
