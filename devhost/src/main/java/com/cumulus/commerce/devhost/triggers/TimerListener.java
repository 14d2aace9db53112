package com.cumulus.commerce.devhost.triggers;

import com.cumulus.commerce.platform.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A timer trigger on one thread, so firings never overlap. Schedules read as UTC, as on Azure without
 * {@code WEBSITE_TIME_ZONE}. Occurrences missed while the function ran (or the clock jumped) collapse into one
 * past-due firing. {@code runOnStartup} fires once at start.
 */
public final class TimerListener extends PollingListener<TimerFire> {

    /** Lateness up to this is timer jitter, not a missed occurrence. */
    static final Duration PAST_DUE_AFTER = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(TimerListener.class);

    private final NcrontabSchedule schedule;
    private final boolean runOnStartup;
    private final Clock clock;
    private final ZoneId zone;
    private final Duration tick;
    private Instant last;
    private Instant next;

    public TimerListener(String functionName, NcrontabSchedule schedule, boolean runOnStartup, Clock clock,
            RetryPolicy retry, Invocation<TimerFire> invocation) {
        this(functionName, schedule, runOnStartup, clock, retry, invocation, ZoneOffset.UTC, Pacing.DEFAULT);
    }

    TimerListener(String functionName, NcrontabSchedule schedule, boolean runOnStartup, Clock clock,
            RetryPolicy retry, Invocation<TimerFire> invocation, ZoneId zone, Pacing pacing) {
        super(functionName, retry, invocation, pacing);
        this.schedule = Checks.notNull(schedule, "schedule");
        this.runOnStartup = runOnStartup;
        this.clock = Checks.notNull(clock, "clock");
        this.zone = Checks.notNull(zone, "zone");
        this.tick = pacing.timerTick();
    }

    @Override
    List<Poller.Work> loops() {
        return List.of(this::poll);
    }

    /** Runs on the single loop thread only. */
    private boolean poll() {
        Instant now = clock.now();
        if (next == null) {
            next = schedule.next(now, zone);
            if (runOnStartup) {
                fire(new TimerFire(now, null, next, false));
                last = now;
            }
            return true;
        }
        if (now.isBefore(next)) {
            // Short naps rather than one long sleep, so a clock that jumps (a test clock, a resumed laptop) is seen.
            Duration remaining = Duration.between(now, next);
            poller.pause(remaining.compareTo(tick) < 0 ? remaining : tick);
            return true;
        }
        Instant scheduled = next;
        boolean pastDue = Duration.between(scheduled, now).compareTo(PAST_DUE_AFTER) > 0;
        fire(new TimerFire(scheduled, last, schedule.next(scheduled, zone), pastDue));
        last = scheduled;
        Instant after = clock.now();
        next = schedule.next(after.isAfter(scheduled) ? after : scheduled, zone);
        return true;
    }

    private void fire(TimerFire fire) {
        Retrier.Outcome outcome = invoke(fire);
        if (!outcome.succeeded() && !outcome.stopped()) {
            LOG.error("Function {} failed for the timer occurrence {} after {} attempts", functionName(),
                    fire.scheduled(), outcome.attempts(), outcome.lastFailure());
        }
    }
}
