package com.cumulus.commerce.platform;

import java.time.Instant;

/** The time as the platform sees it; tests substitute a manual clock to drive lock expiry and schedules. */
@FunctionalInterface
public interface Clock {

    Instant now();

    static Clock system() {
        return Instant::now;
    }
}
