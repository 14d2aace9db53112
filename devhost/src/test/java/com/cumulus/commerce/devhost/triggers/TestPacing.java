package com.cumulus.commerce.devhost.triggers;

import java.time.Duration;

/** Pacing fast enough for unit tests. */
final class TestPacing {

    static final Pacing FAST = new Pacing(Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(2));

    private TestPacing() {
    }
}
