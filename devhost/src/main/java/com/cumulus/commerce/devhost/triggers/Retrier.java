package com.cumulus.commerce.devhost.triggers;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Invokes a function, retrying per its {@link RetryPolicy}; the caller logs the final failure with its context. */
final class Retrier {

    /** How the invocation ended: succeeded, gave up after {@code attempts}, or cut short by a stop. */
    record Outcome(boolean succeeded, boolean stopped, int attempts, Exception lastFailure) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(Retrier.class);

    private Retrier() {
    }

    static <T> Outcome run(String functionName, Invocation<T> invocation, T input, RetryPolicy policy, Poller poller) {
        int retry = 0;
        while (true) {
            try {
                invocation.invoke(input, retry);
                return new Outcome(true, false, retry + 1, null);
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                int nextRetry = retry + 1;
                if (!policy.allows(nextRetry)) {
                    return new Outcome(false, false, nextRetry, e);
                }
                LOG.debug("Function {} failed on attempt {}; retry {} follows", functionName, nextRetry, nextRetry, e);
                if (!poller.pause(policy.delayBefore(nextRetry))) {
                    return new Outcome(false, true, nextRetry, e);
                }
                retry = nextRetry;
            }
        }
    }
}
