package com.cumulus.commerce.devhost.triggers;

import com.cumulus.commerce.platform.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that moves only when the test sets it. */
final class ManualClock implements Clock {

    private final AtomicReference<Instant> now;

    ManualClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    void set(Instant instant) {
        now.set(instant);
    }

    @Override
    public Instant now() {
        return now.get();
    }
}
