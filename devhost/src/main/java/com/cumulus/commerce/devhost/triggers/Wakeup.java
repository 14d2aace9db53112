package com.cumulus.commerce.devhost.triggers;

import com.cumulus.commerce.platform.local.Arrivals;
import java.time.Duration;

/**
 * What an idle poller waits on: a sign that work landed at its source, or its pause running out. Without one
 * ({@link #NONE}) it only waits out the pause, as against any store; on the embedded stores it is woken by the
 * write ({@link #on}), so it can pause long when idle and still start on new work at once.
 */
public interface Wakeup {

    Wakeup NONE = new Wakeup() {
        @Override
        public long mark() {
            return 0;
        }

        @Override
        public void await(long mark, Duration timeout) {
            // nothing to wait on: the poller's own pause does the waiting
        }

        @Override
        public boolean waits() {
            return false;
        }

        @Override
        public void wakeAll() {
        }
    };

    /** Taken before a poll. */
    long mark();

    /** Returns when something arrived after {@code mark}, or after {@code timeout}. */
    void await(long mark, Duration timeout) throws InterruptedException;

    /** Whether {@link #await} waits at all. */
    boolean waits();

    /** Ends every wait (a stop). */
    void wakeAll();

    /** Arrivals at {@code name} of the embedded store's {@code arrivals}. */
    static Wakeup on(Arrivals arrivals, String name) {
        return new Wakeup() {
            @Override
            public long mark() {
                return arrivals.mark(name);
            }

            @Override
            public void await(long mark, Duration timeout) throws InterruptedException {
                arrivals.await(name, mark, timeout);
            }

            @Override
            public boolean waits() {
                return true;
            }

            @Override
            public void wakeAll() {
                arrivals.wakeAll();
            }
        };
    }
}
