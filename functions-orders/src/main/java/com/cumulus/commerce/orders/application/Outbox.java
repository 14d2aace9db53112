package com.cumulus.commerce.orders.application;

/** The outbox documents the relay works through. */
public interface Outbox {

    /** Whether the entry is still waiting (not yet relayed and removed). */
    boolean isPending(OutboxEntry entry);

    /** Removes a relayed entry; removing one already gone is harmless. */
    void remove(OutboxEntry entry);
}
