package com.cumulus.commerce.catalog.application;

import com.cumulus.commerce.platform.kernel.OrderId;
import com.cumulus.commerce.catalog.model.Reservation;
import com.cumulus.commerce.catalog.model.ReservationLine;
import com.cumulus.commerce.catalog.model.ReservationStatus;
import com.cumulus.commerce.catalog.model.StockLevel.HoldChange;
import com.cumulus.commerce.platform.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * Holds stock for an order: the reservation is written first ({@code HELD}, not yet settled), then each SKU, in
 * SKU order, gets the order's hold by a conditional replace of its stock document. A SKU that cannot take its hold
 * releases everything the order holds. Keyed by order id: a repeat answers the reservation as it stands, and a
 * repeat after a crash places the holds still missing (a SKU holding the order already is left as it is).
 */
public final class ReserveStock {

    private static final int MAX_RACES = 50;

    private final Reservations reservations;
    private final ReservationSettlement settlement;
    private final Duration holdFor;

    public ReserveStock(Reservations reservations, StockLevels stockLevels, Clock clock,
                        Duration holdFor) {
        this(reservations, new ReservationSettlement(reservations, stockLevels, clock), holdFor);
    }

    ReserveStock(Reservations reservations, ReservationSettlement settlement, Duration holdFor) {
        this.reservations = Objects.requireNonNull(reservations, "'reservations' must not be null");
        this.settlement = Objects.requireNonNull(settlement, "'settlement' must not be null");
        Objects.requireNonNull(holdFor, "'holdFor' must not be null");
        if (holdFor.isNegative() || holdFor.isZero()) {
            throw new IllegalArgumentException("'holdFor' must be positive");
        }
        this.holdFor = holdFor;
    }

    public ReservationResult reserve(OrderId orderId, List<ReservationLine> lines) {
        var proposed = Reservation.held(orderId, lines, settlement.clock().now().plus(holdFor)
                .truncatedTo(ChronoUnit.SECONDS));
        for (int race = 0; race < MAX_RACES; race++) {
            var stored = reservations.find(orderId).or(() -> reservations.create(proposed));
            if (stored.isPresent()) {
                return resume(stored.get());
            }
        }
        throw new IllegalStateException("the reservation of " + orderId + " kept appearing and vanishing");
    }

    private ReservationResult resume(Versioned<Reservation> stored) {
        var reservation = stored.value();
        if (reservation.status() == ReservationStatus.COMMITTED) {
            return new ReservationResult.Current(reservation);
        }
        if (reservation.status().isClosed()) {
            return new ReservationResult.Closed(reservation);
        }
        if (reservation.isDue(settlement.clock().now())) {
            var expired = settlement.move(stored, ReservationStatus.EXPIRED,
                    r -> r.isDue(settlement.clock().now()));
            return answer(expired);
        }
        if (reservation.settled()) {
            return new ReservationResult.Current(reservation);
        }
        return placeHolds(stored);
    }

    private ReservationResult placeHolds(Versioned<Reservation> stored) {
        var reservation = stored.value();
        for (var line : reservation.lines()) {
            var outcome = settlement.stock().apply(line.sku(), level -> decide(
                    level.hold(reservation.orderId(), line.quantity(), reservation.expiresAt())));
            if (outcome instanceof StockWrites.Outcome.Contended) {
                return new ReservationResult.Contended(reservation.orderId(), line.sku());
            }
            long available = outcome instanceof StockWrites.Outcome.Refused refused ? refused.available()
                    : outcome instanceof StockWrites.Outcome.Missing ? 0 : -1;
            if (available >= 0) {
                var released = settlement.move(stored, ReservationStatus.RELEASED,
                        r -> r.status() == ReservationStatus.HELD);
                if (released.value().status() == ReservationStatus.COMMITTED) {
                    return new ReservationResult.Current(released.value());
                }
                return new ReservationResult.Insufficient(reservation.orderId(), line.sku(), line.quantity(), available);
            }
        }
        // Someone may have released or expired the order while the holds went in: then its holds must go again.
        var settled = settlement.markSettled(stored);
        return answer(settlement.settle(settled));
    }

    private static StockWrites.Decision decide(HoldChange change) {
        if (change instanceof HoldChange.Held held) {
            return new StockWrites.Decision.Write(held.level());
        }
        if (change instanceof HoldChange.Unavailable unavailable) {
            return new StockWrites.Decision.Refuse(unavailable.available());
        }
        return new StockWrites.Decision.Skip();
    }

    private static ReservationResult answer(Versioned<Reservation> stored) {
        var reservation = stored.value();
        if (reservation.status().isClosed()) {
            return new ReservationResult.Closed(reservation);
        }
        return new ReservationResult.Current(reservation);
    }
}
