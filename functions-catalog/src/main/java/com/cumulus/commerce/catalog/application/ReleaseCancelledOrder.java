package com.cumulus.commerce.catalog.application;

import com.cumulus.commerce.platform.events.Inbox;
import java.util.Objects;

/** Releases the reservation of a cancelled order, once per event however often the event is delivered. */
public final class ReleaseCancelledOrder {

    /** The consumer name in the inbox: the subscription that delivers the events. */
    public static final String CONSUMER = "catalog-releases";

    private final Inbox inbox;
    private final ReleaseReservation releaseReservation;

    public ReleaseCancelledOrder(Inbox inbox, ReleaseReservation releaseReservation) {
        this.inbox = Objects.requireNonNull(inbox, "'inbox' must not be null");
        this.releaseReservation = Objects.requireNonNull(releaseReservation, "'releaseReservation' must not be null");
    }

    /** @return false when the event was handled before (a redelivery) */
    public boolean handle(OrderCancelled event) {
        Objects.requireNonNull(event, "'event' must not be null");
        return inbox.handleOnce(CONSUMER, event.eventId(), () -> releaseReservation.release(event.orderId()));
    }
}
