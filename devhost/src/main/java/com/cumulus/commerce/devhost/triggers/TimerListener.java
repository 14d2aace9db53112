package com.cumulus.commerce.devhost.triggers;

import com.cumulus.commerce.platform.Clock;
import java.time.Duration;

public final class TimerListener implements TriggerListener {

    private final String functionName;

    public TimerListener(String functionName, NcrontabSchedule schedule, boolean runOnStartup, Clock clock, RetryPolicy retry, Invocation<TimerFire> invocation) {
        this.functionName = functionName;
    }

    @Override
    public String functionName() {
        return functionName;
    }

    @Override
    public void start() {
    }

    @Override
    public void stop(Duration drainTimeout) {
    }
}
