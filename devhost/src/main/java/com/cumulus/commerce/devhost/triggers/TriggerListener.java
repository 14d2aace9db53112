package com.cumulus.commerce.devhost.triggers;

import java.time.Duration;

/** Feeds one triggered function from its source until stopped. */
public interface TriggerListener {

    String functionName();

    /** Starts the background polling threads (daemon, named {@code trigger-<function>-N}). */
    void start();

    /** Stops taking new work and waits up to {@code drainTimeout} for invocations in flight to finish. */
    void stop(Duration drainTimeout);
}
