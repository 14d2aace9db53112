package com.cumulus.commerce.devhost.workflows;

import java.time.Instant;

/** A Wait has a while to go: the run gives its thread back and is replayed from its stored results at {@code wakeAt}. */
final class RunSuspended extends RuntimeException {

    final transient Instant wakeAt;

    RunSuspended(Instant wakeAt) {
        super("suspended until " + wakeAt, null, false, false);
        this.wakeAt = wakeAt;
    }

    static RunSuspended earliest(RunSuspended a, RunSuspended b) {
        return a == null || b.wakeAt.isBefore(a.wakeAt) ? b : a;
    }
}
