package com.cumulus.commerce.devhost.triggers;

import java.time.Instant;
import java.time.ZoneId;

/** A Functions timer schedule: a six-field NCRONTAB expression or a TimeSpan interval. */
public final class NcrontabSchedule {

    private NcrontabSchedule() {
    }

    public static NcrontabSchedule parse(String expression) {
        return new NcrontabSchedule();
    }

    public Instant next(Instant after, ZoneId zone) {
        return after.plusSeconds(1);
    }
}
