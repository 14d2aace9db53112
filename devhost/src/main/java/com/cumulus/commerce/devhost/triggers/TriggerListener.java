package com.cumulus.commerce.devhost.triggers;

import java.time.Duration;

/** Feeds one triggered function from its source until stopped. */
public interface TriggerListener {

    String functionName();

    /** What the listener's idle polling waits on besides its pause; call before {@link #start}. */
    default void wakeOn(Wakeup wakeup) {
        // a listener that polls on a schedule of its own (timers, Event Hubs here) has nothing to be woken by
    }

    /** Starts the background polling threads (daemon, named {@code trigger-<function>-N}). */
    void start();

    /** Stops taking new work and waits up to {@code drainTimeout} for invocations in flight to finish. */
    void stop(Duration drainTimeout);
}
