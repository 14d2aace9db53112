package com.cumulus.commerce.devhost.workflows;

import java.time.Duration;

/** Waits between retries and in Wait actions; a stopping host interrupts it and the run stays Running. */
@FunctionalInterface
interface Sleeper {

    void sleep(Duration duration);

    static Sleeper threads() {
        return duration -> {
            try {
                Thread.sleep(Math.max(0, duration.toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RunInterrupted();
            }
        };
    }
}
