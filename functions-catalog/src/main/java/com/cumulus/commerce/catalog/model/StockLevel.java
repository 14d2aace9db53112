package com.cumulus.commerce.catalog.model;

import com.cumulus.commerce.platform.kernel.Sku;
import com.cumulus.commerce.platform.kernel.OrderId;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Units of one SKU on hand, and the holds of open reservations by order id. The held units never exceed those on
 * hand, so {@link #available()} never goes below zero. {@code returns} remembers, for a while, the orders whose
 * committed units were put back, so putting them back happens once however often a release is repeated.
 */
public record StockLevel(Sku sku, long onHand, Map<OrderId, StockHold> holds, Map<OrderId, Instant> returns) {

    /** How long a put-back is remembered; a release repeated later than this would put the units back again. */
    public static final Duration RETURNS_KEPT = Duration.ofDays(30);

    public StockLevel {
        Objects.requireNonNull(sku, "'sku' must not be null");
        if (onHand < 0) {
            throw new IllegalArgumentException("'onHand' must not be negative");
        }
        holds = Map.copyOf(Objects.requireNonNull(holds, "'holds' must not be null"));
        returns = Map.copyOf(Objects.requireNonNull(returns, "'returns' must not be null"));
        long held = holds.values().stream().mapToLong(StockHold::quantity).reduce(0, Math::addExact);
        if (held > onHand) {
            throw new IllegalArgumentException("'holds' must not exceed 'onHand'");
        }
    }

    public StockLevel(Sku sku, long onHand) {
        this(sku, onHand, Map.of(), Map.of());
    }

    public static StockLevel none(Sku sku) {
        return new StockLevel(sku, 0);
    }

    /** Units held for open reservations. */
    public long reserved() {
        return holds.values().stream().mapToLong(StockHold::quantity).sum();
    }

    /** Units a new reservation may still take. */
    public long available() {
        return onHand - reserved();
    }

    /** The level after adding {@code delta} (negative to remove), or the refusal when that would leave too few. */
    public StockChange adjust(long delta) {
        long after;
        try {
            after = Math.addExact(onHand, delta);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("'delta' overflows the stock level", e);
        }
        if (after < reserved()) {
            return new StockChange.Insufficient(sku, onHand, reserved(), delta);
        }
        return new StockChange.Adjusted(new StockLevel(sku, after, holds, returns));
    }

    /** Sets {@code quantity} units aside for {@code orderId}; a second hold for the same order changes nothing. */
    public HoldChange hold(OrderId orderId, long quantity, Instant expiresAt) {
        if (holds.containsKey(orderId)) {
            return new HoldChange.AlreadyHeld();
        }
        if (quantity > available()) {
            return new HoldChange.Unavailable(available());
        }
        var next = new LinkedHashMap<>(holds);
        next.put(orderId, new StockHold(quantity, expiresAt));
        return new HoldChange.Held(new StockLevel(sku, onHand, next, returns));
    }

    /** The level without the hold of {@code orderId}; empty when there is none. */
    public Optional<StockLevel> release(OrderId orderId) {
        if (!holds.containsKey(orderId)) {
            return Optional.empty();
        }
        var next = new LinkedHashMap<>(holds);
        next.remove(orderId);
        return Optional.of(new StockLevel(sku, onHand, next, returns));
    }

    /** The held units of {@code orderId} taken off hand for good; empty when there is no such hold. */
    public Optional<StockLevel> commit(OrderId orderId) {
        var hold = holds.get(orderId);
        if (hold == null) {
            return Optional.empty();
        }
        var next = new LinkedHashMap<>(holds);
        next.remove(orderId);
        return Optional.of(new StockLevel(sku, onHand - hold.quantity(), next, returns));
    }

    /**
     * {@code quantity} committed units of {@code orderId} put back on hand; empty when they were put back already.
     * Put-backs older than {@link #RETURNS_KEPT} are forgotten on the way.
     */
    public Optional<StockLevel> putBack(OrderId orderId, long quantity, Instant now) {
        if (returns.containsKey(orderId)) {
            return Optional.empty();
        }
        var next = new LinkedHashMap<OrderId, Instant>();
        returns.forEach((order, at) -> {
            if (at.plus(RETURNS_KEPT).isAfter(now)) {
                next.put(order, at);
            }
        });
        next.put(orderId, now);
        return Optional.of(new StockLevel(sku, Math.addExact(onHand, quantity), holds, next));
    }

    /** What an adjustment came to. */
    public sealed interface StockChange {

        record Adjusted(StockLevel level) implements StockChange {
            public Adjusted {
                Objects.requireNonNull(level, "'level' must not be null");
            }
        }

        /** Fewer than {@code reserved} units would stay on hand. */
        record Insufficient(Sku sku, long onHand, long reserved, long delta) implements StockChange {
        }
    }

    /** What asking for a hold came to. */
    public sealed interface HoldChange {

        record Held(StockLevel level) implements HoldChange {
        }

        record AlreadyHeld() implements HoldChange {
        }

        record Unavailable(long available) implements HoldChange {
        }
    }
}
