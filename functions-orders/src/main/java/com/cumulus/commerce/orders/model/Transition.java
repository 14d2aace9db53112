package com.cumulus.commerce.orders.model;

import java.util.Objects;

/** The outcome of asking an order to change state: moved, already there, or refused (a value, not an error). */
public sealed interface Transition {

    Order order();

    /** The order left {@code from} for the state it now holds. */
    record Moved(Order order, OrderStatus from) implements Transition {
        public Moved {
            Objects.requireNonNull(order, "'order' must not be null");
            Objects.requireNonNull(from, "'from' must not be null");
        }
    }

    /** Nothing to do: the order is where it was asked to go (or a failed/cancelled order was asked to fail). */
    record Unchanged(Order order) implements Transition {
        public Unchanged {
            Objects.requireNonNull(order, "'order' must not be null");
        }
    }

    /** {@code from → to} is not a legal move; the order is untouched. */
    record Refused(Order order, OrderStatus from, OrderStatus to) implements Transition {
        public Refused {
            Objects.requireNonNull(order, "'order' must not be null");
            Objects.requireNonNull(from, "'from' must not be null");
            Objects.requireNonNull(to, "'to' must not be null");
        }

        public String detail() {
            return "order " + order.id() + " cannot go from " + from + " to " + to;
        }
    }
}
