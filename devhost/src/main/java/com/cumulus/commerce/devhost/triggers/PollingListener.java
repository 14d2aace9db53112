package com.cumulus.commerce.devhost.triggers;

import java.time.Duration;
import java.util.List;

/**
 * What the checkpointing triggers (Cosmos DB, Event Hubs, timer) share: their loops run on a {@link Poller}, and
 * each input goes to the function through the {@link Retrier}, whose waits a stop cuts short. The message triggers
 * have no retry policy and settle per message, so they run on a {@link MessagePump} instead.
 */
abstract class PollingListener<T> implements TriggerListener {

    private final String functionName;
    private final RetryPolicy retry;
    private final Invocation<T> invocation;
    final Poller poller;

    PollingListener(String functionName, RetryPolicy retry, Invocation<T> invocation, Pacing pacing) {
        this.functionName = Checks.notBlank(functionName, "functionName");
        this.retry = Checks.notNull(retry, "retry");
        this.invocation = Checks.notNull(invocation, "invocation");
        this.poller = new Poller(functionName, new ListenerThreads(functionName), pacing);
    }

    /** The polling loops to run, one thread each; called once, on start. */
    abstract List<Poller.Work> loops();

    @Override
    public void wakeOn(Wakeup wakeup) {
        poller.wakeOn(wakeup);
    }

    /** Invokes the function with {@code input}, retrying per policy; the caller logs a final failure. */
    final Retrier.Outcome invoke(T input) {
        return Retrier.run(functionName, invocation, input, retry, poller);
    }

    @Override
    public final String functionName() {
        return functionName;
    }

    @Override
    public final void start() {
        poller.start(loops());
    }

    @Override
    public final void stop(Duration drainTimeout) {
        poller.stop(drainTimeout);
    }
}
