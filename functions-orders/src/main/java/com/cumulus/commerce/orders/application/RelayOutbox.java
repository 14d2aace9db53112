package com.cumulus.commerce.orders.application;

import java.util.List;
import java.util.Objects;

/**
 * The outbox relay: publishes each waiting event, then removes it. A crash between the two only publishes it
 * again, and the broker's duplicate detection drops the repeat; an entry already removed (a change feed batch
 * delivered twice) is not published again.
 */
public final class RelayOutbox {

    private final Outbox outbox;
    private final OrderEventBus bus;

    public RelayOutbox(Outbox outbox, OrderEventBus bus) {
        this.outbox = Objects.requireNonNull(outbox, "'outbox' must not be null");
        this.bus = Objects.requireNonNull(bus, "'bus' must not be null");
    }

    /** @return how many events were published */
    public int relay(List<OutboxEntry> entries) {
        int published = 0;
        for (var entry : entries) {
            if (!outbox.isPending(entry)) {
                continue;
            }
            bus.publish(entry);
            outbox.remove(entry);
            published++;
        }
        return published;
    }
}
