package com.cumulus.commerce.orders.model;

import com.cumulus.commerce.platform.kernel.OrderId;
import com.cumulus.commerce.platform.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An order: the priced lines of a cart at checkout, whose it is, and where it stands. {@code sagaRunId} is the
 * workflow run that drives it (empty until one starts); {@code reason} says why it failed or was cancelled.
 * {@code etag} is the stored version (null before the first write).
 */
public record Order(OrderId id, String customerId, OrderStatus status, List<OrderLine> lines, Money total,
                    String paymentMethod, Instant placedAt, Instant updatedAt, Optional<String> sagaRunId,
                    Optional<String> reason, String etag) {

    public Order {
        Objects.requireNonNull(id, "'id' must not be null");
        requireText(customerId, "customerId");
        Objects.requireNonNull(status, "'status' must not be null");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("'lines' must not be empty");
        }
        Objects.requireNonNull(total, "'total' must not be null");
        requireText(paymentMethod, "paymentMethod");
        Objects.requireNonNull(placedAt, "'placedAt' must not be null");
        Objects.requireNonNull(updatedAt, "'updatedAt' must not be null");
        Objects.requireNonNull(sagaRunId, "'sagaRunId' must not be null");
        Objects.requireNonNull(reason, "'reason' must not be null");
    }

    /** A new order, {@link OrderStatus#PENDING}, totalling its lines (all in one currency). */
    public static Order place(OrderId id, String customerId, List<OrderLine> lines, String paymentMethod, Instant now) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("'lines' must not be empty");
        }
        var total = Money.zero(lines.get(0).unitPrice().currency());
        for (var line : lines) {
            total = total.plus(line.lineTotal());
        }
        return new Order(id, customerId, OrderStatus.PENDING, lines, total, paymentMethod, now, now,
                Optional.empty(), Optional.empty(), null);
    }

    /**
     * The order moved to {@code target}, or why not. Staying in the same state succeeds and changes nothing, and
     * so does failing an order that already failed or was cancelled (a saga's compensation must not fail on it).
     */
    public Transition moveTo(OrderStatus target, String why, Instant now) {
        Objects.requireNonNull(target, "'target' must not be null");
        if (target == status || target == OrderStatus.FAILED && status == OrderStatus.CANCELLED) {
            return new Transition.Unchanged(this);
        }
        if (!status.leadsTo(target)) {
            return new Transition.Refused(this, status, target);
        }
        var newReason = target == OrderStatus.FAILED || target == OrderStatus.CANCELLED
                ? Optional.ofNullable(why).filter(r -> !r.isBlank()) : reason;
        return new Transition.Moved(new Order(id, customerId, target, lines, total, paymentMethod, placedAt, now,
                sagaRunId, newReason, etag), status);
    }

    /** This order driven by workflow run {@code runId}. */
    public Order withSagaRun(String runId, Instant now) {
        requireText(runId, "runId");
        return new Order(id, customerId, status, lines, total, paymentMethod, placedAt, now, Optional.of(runId),
                reason, etag);
    }

    public Order withEtag(String newEtag) {
        return new Order(id, customerId, status, lines, total, paymentMethod, placedAt, updatedAt, sagaRunId, reason,
                newEtag);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("'" + name + "' must not be blank");
        }
    }
}
