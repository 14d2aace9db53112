package com.cumulus.commerce.devhost.triggers;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs polling loops on their own threads until stopped: a poll that finds work is followed at once by the next,
 * an idle one by a wait that doubles from {@link Pacing#minIdle()} to {@link Pacing#maxIdle()}. Each loop runs
 * its invocations inline, so joining the threads is draining them.
 */
final class Poller {

    /** One poll; true when it found work. */
    @FunctionalInterface
    interface Work {
        boolean poll();
    }

    private static final Logger LOG = LoggerFactory.getLogger(Poller.class);

    private final String functionName;
    private final ListenerThreads threads;
    private final Pacing pacing;
    private final CountDownLatch stopSignal = new CountDownLatch(1);
    private final AtomicBoolean started = new AtomicBoolean();
    private final List<Thread> running = new CopyOnWriteArrayList<>();
    private volatile Wakeup wakeup = Wakeup.NONE;

    Poller(String functionName, ListenerThreads threads, Pacing pacing) {
        this.functionName = functionName;
        this.threads = threads;
        this.pacing = pacing;
    }

    /** What idle loops wait on besides their pause; set before {@link #start}. */
    void wakeOn(Wakeup wakeup) {
        this.wakeup = Objects.requireNonNull(wakeup, "'wakeup' must not be null");
    }

    void start(List<Work> loops) {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("the trigger of function " + functionName + " was already started");
        }
        for (Work work : loops) {
            Thread thread = threads.newThread(() -> loop(work));
            running.add(thread);
            thread.start();
        }
    }

    boolean stopping() {
        return stopSignal.getCount() == 0 || Thread.currentThread().isInterrupted();
    }

    /** Waits unless stopping; false when the wait was cut short by a stop. */
    boolean pause(Duration duration) {
        try {
            return !stopSignal.await(duration.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void awaitArrival(long mark, Duration timeout) {
        try {
            wakeup.await(mark, timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void signalStop() {
        stopSignal.countDown();
        wakeup.wakeAll();
    }

    /** Waits for the loops to end until {@code deadlineNanos} ({@link System#nanoTime()}); true when they all did. */
    boolean awaitLoops(long deadlineNanos) {
        for (Thread thread : running) {
            long remaining = deadlineNanos - System.nanoTime();
            try {
                if (remaining > 0) {
                    thread.join(TimeUnit.NANOSECONDS.toMillis(remaining), (int) (remaining % 1_000_000));
                }
                if (thread.isAlive()) {
                    return false;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** Stops polling and waits for the work in hand; logs when it did not finish in time. */
    void stop(Duration drainTimeout) {
        Checks.notNegative(drainTimeout, "drainTimeout");
        signalStop();
        if (!awaitLoops(System.nanoTime() + drainTimeout.toNanos())) {
            LOG.warn("Function {} was still running after the {} drain timeout; its input was not checkpointed "
                    + "and will be delivered again", functionName, drainTimeout);
        }
    }

    private void loop(Work work) {
        Duration idle = pacing.minIdle();
        boolean failing = false;
        while (!stopping()) {
            boolean found;
            long mark = wakeup.mark();
            try {
                found = work.poll();
                if (failing) {
                    LOG.info("Trigger of function {} is polling again", functionName);
                    failing = false;
                }
            } catch (RuntimeException e) {
                // Logged once per streak: a source that stays down would otherwise log four times a second.
                if (!failing) {
                    LOG.error("Trigger of function {} failed to poll its source; retrying", functionName, e);
                }
                failing = true;
                found = false;
                idle = pacing.maxIdle();
            }
            if (found) {
                idle = pacing.minIdle();
            } else if (wakeup.waits() && !failing) {
                // told of new work: the longest pause costs no latency, only fewer idle polls
                awaitArrival(mark, pacing.maxIdle());
            } else {
                pause(idle);
                idle = min(idle.multipliedBy(2), pacing.maxIdle());
            }
        }
        if (stopSignal.getCount() != 0) {
            LOG.warn("Trigger of function {} stopped polling: its thread {} was interrupted", functionName,
                    Thread.currentThread().getName());
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
