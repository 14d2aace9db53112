package com.cumulus.commerce.devhost.http;

import com.cumulus.commerce.platform.http.Problem;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers 504 for HTTP invocations that outlive the host's time limit. One sweeper for all requests keeps the
 * per-request cost to a set insert and remove, instead of scheduling and cancelling a timer each time.
 */
final class InvocationWatchdog implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(InvocationWatchdog.class);

    private final Duration timeout;
    private final Set<Exchange> inFlight = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService sweeper;

    InvocationWatchdog(Duration timeout) {
        this.timeout = timeout;
        this.sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            var thread = new Thread(r, "devhost-http-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        long periodMillis = Math.max(50, Math.min(1000, timeout.toMillis() / 4));
        sweeper.scheduleWithFixedDelay(this::sweep, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    long deadlineFromNow() {
        return System.nanoTime() + timeout.toNanos();
    }

    void watch(Exchange exchange) {
        inFlight.add(exchange);
    }

    void release(Exchange exchange) {
        inFlight.remove(exchange);
    }

    private void sweep() {
        long now = System.nanoTime();
        for (var exchange : inFlight) {
            if (now - exchange.deadlineNanos >= 0) {
                inFlight.remove(exchange);
                var problem = Problem.of("gateway-timeout", "Gateway timeout", 504, "the function did not answer within "
                        + timeout.toSeconds() + " s; quote invocation " + exchange.invocationId + " when reporting it");
                if (exchange.answer(problem)) {
                    LOG.warn("function={} invocationId={} answered 504 after {} s", exchange.functionName,
                            exchange.invocationId, timeout.toSeconds());
                }
            }
        }
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
    }
}
