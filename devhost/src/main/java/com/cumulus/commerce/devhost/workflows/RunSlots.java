package com.cumulus.commerce.devhost.workflows;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;

/**
 * A workflow's run concurrency ({@code runtimeConfiguration.concurrency.runs}): at most {@code limit} runs at
 * once on the shared pool; the others wait in order, as Logic Apps queues waiting runs.
 */
final class RunSlots {

    private final int limit;
    private final Executor pool;
    private final Queue<Runnable> waiting = new ArrayDeque<>();
    private int active;

    RunSlots(int limit, Executor pool) {
        this.limit = limit;
        this.pool = pool;
    }

    synchronized void submit(Runnable run) {
        if (active < limit) {
            active++;
            pool.execute(() -> runThenNext(run));
        } else {
            waiting.add(run);
        }
    }

    /** Runs started or waiting; a poller takes no more messages than the free slots. */
    synchronized int free() {
        return Math.max(0, limit - active - waiting.size());
    }

    private void runThenNext(Runnable run) {
        try {
            run.run();
        } finally {
            Runnable next;
            synchronized (this) {
                next = waiting.poll();
                if (next == null) {
                    active--;
                }
            }
            if (next != null) {
                var chained = next;
                try {
                    pool.execute(() -> runThenNext(chained));
                } catch (java.util.concurrent.RejectedExecutionException stopping) {
                    synchronized (this) {
                        active--;
                    }
                }
            }
        }
    }
}
