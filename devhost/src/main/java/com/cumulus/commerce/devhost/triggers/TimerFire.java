package com.cumulus.commerce.devhost.triggers;

import java.time.Instant;

/** One timer firing, as the Functions {@code TimerInfo} binding sees it. */
public record TimerFire(Instant scheduled, Instant last, Instant next, boolean isPastDue) {

    /** The Functions TimerInfo JSON. */
    public String toJson() {
        return "{}";
    }
}
