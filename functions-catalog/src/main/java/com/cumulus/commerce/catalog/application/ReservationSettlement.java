package com.cumulus.commerce.catalog.application;

import com.cumulus.commerce.catalog.model.Reservation;
import com.cumulus.commerce.catalog.model.ReservationLine;
import com.cumulus.commerce.catalog.model.ReservationStatus;
import com.cumulus.commerce.catalog.model.StockLevel;
import com.cumulus.commerce.platform.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Status changes of reservations and the stock work each implies. The status is written first (under its ETag)
 * and the stock follows SKU by SKU, each step idempotent on its own document: a hold is committed or released
 * only while it is there, committed units are put back only once. So a run that stopped anywhere is finished by
 * repeating it, by the next request for the order, or by the sweep ({@link Reservations#findUnsettled}).
 */
final class ReservationSettlement {

    private static final int MAX_RACES = 50;

    private final Reservations reservations;
    private final StockWrites stock;
    private final Clock clock;

    ReservationSettlement(Reservations reservations, StockLevels stockLevels, Clock clock) {
        this.reservations = Objects.requireNonNull(reservations, "'reservations' must not be null");
        this.stock = new StockWrites(stockLevels);
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
    }

    StockWrites stock() {
        return stock;
    }

    Clock clock() {
        return clock;
    }

    /**
     * Moves the reservation to {@code next} while {@code allowed} holds for what is stored (read again after a
     * lost race), then does the stock work of whatever status it ends in.
     *
     * @return the reservation as it now stands; its status says whether this move happened
     */
    Versioned<Reservation> move(Versioned<Reservation> reservation, ReservationStatus next,
                                Predicate<Reservation> allowed) {
        var current = reservation;
        for (int race = 0; race < MAX_RACES; race++) {
            if (!allowed.test(current.value())) {
                return settle(current);
            }
            var moved = reservations.replace(current.value().movedTo(next), current.etag());
            if (moved.isPresent()) {
                return settle(moved.get());
            }
            current = reread(current);
        }
        throw new IllegalStateException("the reservation of " + reservation.value().orderId() + " kept changing");
    }

    /**
     * Does the stock work of the reservation's status (none while {@code HELD}: placing holds is the reservation's
     * own work) and records it done. Stops short, leaving it unsettled for a later run, when a SKU stays contended.
     */
    Versioned<Reservation> settle(Versioned<Reservation> reservation) {
        var value = reservation.value();
        if (value.status() == ReservationStatus.HELD) {
            return reservation;
        }
        for (var line : value.lines()) {
            if (stock.apply(line.sku(), level -> stockWork(value, line, level)) instanceof StockWrites.Outcome.Contended) {
                return reservation;
            }
        }
        return markSettled(reservation);
    }

    private StockWrites.Decision stockWork(Reservation reservation, ReservationLine line, StockLevel level) {
        var orderId = reservation.orderId();
        if (reservation.status() == ReservationStatus.COMMITTED) {
            return StockWrites.Decision.of(level.commit(orderId));
        }
        if (!reservation.committed()) {
            return StockWrites.Decision.of(level.release(orderId));
        }
        // A hold still there was never committed: dropping it is the whole release. Otherwise put the units back.
        Optional<StockLevel> next = level.release(orderId)
                .or(() -> level.putBack(orderId, line.quantity(), clock.now()));
        return StockWrites.Decision.of(next);
    }

    /** Records the work of the stored status as done, unless the reservation moved on meanwhile. */
    Versioned<Reservation> markSettled(Versioned<Reservation> reservation) {
        var current = reservation;
        for (int race = 0; race < MAX_RACES; race++) {
            if (current.value().settled()) {
                return current;
            }
            var settled = reservations.replace(current.value().settledNow(), current.etag());
            if (settled.isPresent()) {
                return settled.get();
            }
            var stored = reread(current);
            if (stored.value().status() != current.value().status()) {
                return stored;
            }
            current = stored;
        }
        throw new IllegalStateException("the reservation of " + reservation.value().orderId() + " kept changing");
    }

    Versioned<Reservation> reread(Versioned<Reservation> reservation) {
        var orderId = reservation.value().orderId();
        return reservations.find(orderId).orElseThrow(() -> new IllegalStateException(
                "the reservation of " + orderId + " disappeared; reservations are never deleted"));
    }
}
