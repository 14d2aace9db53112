package com.cumulus.commerce.catalog.model;

import com.cumulus.commerce.platform.kernel.Sku;
import com.cumulus.commerce.platform.kernel.OrderId;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * The stock an order reserves, one line per SKU (sorted by SKU). A status change is written first and the stock
 * work it implies (placing, committing, releasing or returning the units) follows SKU by SKU; {@code settled}
 * says that work is done, so a run that crashed half-way is found and finished. {@code committed} stays true once
 * the units left stock, so releasing afterwards knows to put them back.
 */
public record Reservation(OrderId orderId, List<ReservationLine> lines, ReservationStatus status, Instant expiresAt,
                          boolean committed, boolean settled) {

    public static final int MAX_LINES = 50;

    public Reservation {
        Objects.requireNonNull(orderId, "'orderId' must not be null");
        Objects.requireNonNull(lines, "'lines' must not be null");
        if (lines.isEmpty() || lines.size() > MAX_LINES) {
            throw new IllegalArgumentException("'lines' must hold 1 to " + MAX_LINES + " lines");
        }
        var skus = new HashSet<Sku>();
        lines.forEach(line -> {
            if (!skus.add(line.sku())) {
                throw new IllegalArgumentException("'lines' must name each SKU once: " + line.sku());
            }
        });
        lines = lines.stream().sorted(Comparator.comparing(ReservationLine::sku)).toList();
        Objects.requireNonNull(status, "'status' must not be null");
        Objects.requireNonNull(expiresAt, "'expiresAt' must not be null");
    }

    /** A new reservation holding nothing yet. */
    public static Reservation held(OrderId orderId, List<ReservationLine> lines, Instant expiresAt) {
        return new Reservation(orderId, lines, ReservationStatus.HELD, expiresAt, false, false);
    }

    /** True when a {@code HELD} reservation has outlived its hold. */
    public boolean isDue(Instant now) {
        return status == ReservationStatus.HELD && !now.isBefore(expiresAt);
    }

    /** The reservation moved to {@code next}, its stock work still to do. */
    public Reservation movedTo(ReservationStatus next) {
        return new Reservation(orderId, lines, next, expiresAt,
                committed || next == ReservationStatus.COMMITTED, false);
    }

    public Reservation settledNow() {
        return new Reservation(orderId, lines, status, expiresAt, committed, true);
    }
}
