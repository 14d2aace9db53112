package com.cumulus.commerce.platform.contract;

import com.cumulus.commerce.platform.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that moves only when a test says so, to drive lock expiry, schedules and windows. */
public final class SteppingClock implements Clock {

    private final AtomicReference<Instant> now;

    public SteppingClock(Instant start) {
        this.now = new AtomicReference<>(Objects.requireNonNull(start, "'start' must not be null"));
    }

    @Override
    public Instant now() {
        return now.get();
    }

    public Instant advance(Duration step) {
        Objects.requireNonNull(step, "'step' must not be null");
        if (step.isNegative()) {
            throw new IllegalArgumentException("'step' must not be negative");
        }
        return now.updateAndGet(t -> t.plus(step));
    }
}
