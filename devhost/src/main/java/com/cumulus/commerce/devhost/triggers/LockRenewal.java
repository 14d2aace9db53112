package com.cumulus.commerce.devhost.triggers;

import com.cumulus.commerce.platform.messaging.LockLostException;
import com.cumulus.commerce.platform.messaging.Queues;
import com.cumulus.commerce.platform.messaging.ReceivedMessage;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keeps a message's lock alive while its function runs, for at most the maximum auto lock renewal. */
final class LockRenewal implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LockRenewal.class);

    private final String functionName;
    private final Queues queues;
    private final ReceivedMessage message;
    private final long deadlineNanos;
    private volatile boolean closed;
    private volatile ScheduledFuture<?> future;

    private LockRenewal(String functionName, Queues queues, ReceivedMessage message, Duration max) {
        this.functionName = functionName;
        this.queues = queues;
        this.message = message;
        this.deadlineNanos = System.nanoTime() + max.toNanos();
    }

    static LockRenewal start(String functionName, ScheduledExecutorService scheduler, Queues queues,
            ReceivedMessage message, Duration every, Duration max) {
        LockRenewal renewal = new LockRenewal(functionName, queues, message, max);
        if (!every.isZero() && !max.isZero()) {
            renewal.future = scheduler.scheduleWithFixedDelay(
                    renewal::renew, every.toNanos(), every.toNanos(), TimeUnit.NANOSECONDS);
        }
        return renewal;
    }

    private void renew() {
        if (closed) {
            return;
        }
        if (System.nanoTime() - deadlineNanos >= 0) {
            close();
            return;
        }
        try {
            queues.renewLock(message);
        } catch (LockLostException e) {
            LOG.warn("Function {}: the lock on message {} was lost while it ran; the message will be delivered again",
                    functionName, message.messageId());
            close();
        } catch (RuntimeException e) {
            LOG.warn("Function {}: renewing the lock on message {} failed; trying again", functionName,
                    message.messageId(), e);
        }
    }

    @Override
    public void close() {
        closed = true;
        ScheduledFuture<?> scheduled = future;
        if (scheduled != null) {
            scheduled.cancel(false);
        }
    }
}
