package com.cumulus.commerce.catalog.application;

import com.cumulus.commerce.platform.kernel.OrderId;
import com.cumulus.commerce.catalog.model.Reservation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The stored stock reservation of each order, written under ETags. */
public interface Reservations {

    Optional<Versioned<Reservation>> find(OrderId orderId);

    /** Stores a new reservation; empty when the order has one already. */
    Optional<Versioned<Reservation>> create(Reservation reservation);

    /** Replaces the reservation stored under {@code expectedEtag}; empty when it has changed since. */
    Optional<Versioned<Reservation>> replace(Reservation reservation, String expectedEtag);

    /** Up to {@code limit} {@code HELD} reservations whose hold ran out before {@code now}, soonest first. */
    List<Versioned<Reservation>> findDue(Instant now, int limit);

    /** Up to {@code limit} reservations past {@code HELD} whose stock work is not finished (a crash in between). */
    List<Versioned<Reservation>> findUnsettled(int limit);
}
