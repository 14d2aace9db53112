package com.cumulus.commerce.devhost.triggers;

import java.time.Duration;

/**
 * How long idle pollers wait: from {@code minIdle} doubling to {@code maxIdle} while polls find nothing, and at
 * most {@code timerTick} between timer clock checks (a test clock may jump). Tests shrink these.
 */
record Pacing(Duration minIdle, Duration maxIdle, Duration timerTick) {

    static final Pacing DEFAULT = new Pacing(Duration.ofMillis(5), Duration.ofMillis(250), Duration.ofSeconds(1));
}
