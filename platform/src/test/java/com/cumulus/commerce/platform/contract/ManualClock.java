package com.cumulus.commerce.platform.contract;

import com.cumulus.commerce.platform.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that moves only when a test moves it, so expiry and schedules are checked without sleeping. */
public final class ManualClock implements Clock {

    private final AtomicReference<Instant> now;

    public ManualClock(Instant start) {
        this.now = new AtomicReference<>(Objects.requireNonNull(start, "'start' must not be null"));
    }

    public static ManualClock startingAt(String isoInstant) {
        return new ManualClock(Instant.parse(isoInstant));
    }

    @Override
    public Instant now() {
        return now.get();
    }

    public Instant advance(Duration duration) {
        Objects.requireNonNull(duration, "'duration' must not be null");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("'duration' must not be negative");
        }
        return now.updateAndGet(t -> t.plus(duration));
    }

    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "'instant' must not be null"));
    }
}
