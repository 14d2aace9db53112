package com.cumulus.commerce.platform.local;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * Tells a local poller that new work may have landed where it reads (a queue entity, a document container), so
 * it can wait for that instead of asking the store again every few milliseconds: Azure's triggers are told too
 * (Service Bus pushes to its receivers). A store calls {@link #arrived} after its write commits; a poller takes a
 * {@link #mark} before it polls and, when the poll found nothing, {@link #await}s a change of it or a timeout.
 * Nothing depends on being told: a poller that misses a signal finds the work on its next poll.
 */
public final class Arrivals {

    private final ConcurrentMap<String, Signal> signals = new ConcurrentHashMap<>();

    /** The count of arrivals at {@code name} so far. */
    public long mark(String name) {
        return signal(name).count();
    }

    /** Waits until something arrives at {@code name} after {@code mark}, {@code timeout} passes, or {@link #wakeAll}. */
    public void await(String name, long mark, Duration timeout) throws InterruptedException {
        signal(name).await(mark, timeout.toNanos());
    }

    /** Wakes every waiting poller (a host stopping). */
    public void wakeAll() {
        signals.values().forEach(Signal::arrive);
    }

    void arrived(String name) {
        Signal signal = signals.get(name);
        if (signal != null) {
            signal.arrive();
        }
    }

    private Signal signal(String name) {
        return signals.computeIfAbsent(name, n -> new Signal());
    }

    private static final class Signal {

        private long count;

        synchronized long count() {
            return count;
        }

        synchronized void arrive() {
            count++;
            notifyAll();
        }

        synchronized void await(long mark, long timeoutNanos) throws InterruptedException {
            long deadline = System.nanoTime() + timeoutNanos;
            long remaining = timeoutNanos;
            while (count == mark && remaining > 0) {
                TimeUnit.NANOSECONDS.timedWait(this, remaining);
                remaining = deadline - System.nanoTime();
            }
        }
    }
}
