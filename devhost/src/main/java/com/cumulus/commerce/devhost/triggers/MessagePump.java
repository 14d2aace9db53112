package com.cumulus.commerce.devhost.triggers;

import com.cumulus.commerce.platform.messaging.LockLostException;
import com.cumulus.commerce.platform.messaging.Queues;
import com.cumulus.commerce.platform.messaging.ReceivedMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Peek-lock message processing with the Functions trigger's settlement: complete on success, abandon on
 * exception (the entity's delivery count decides about dead-lettering). One receiver thread fetches no more
 * messages than there are free worker slots, so nothing waits unlocked-but-held in a local queue.
 */
final class MessagePump {

    private static final Logger LOG = LoggerFactory.getLogger(MessagePump.class);
    private static final Duration SLOT_WAIT = Duration.ofMillis(50);

    private final String functionName;
    private final Queues queues;
    private final String entityPath;
    private final int concurrency;
    private final Duration maxLockRenewal;
    private final Duration releaseDelay;
    private final Invocation<ReceivedMessage> invocation;
    private final ListenerThreads threads;
    private final Poller poller;
    private final Semaphore slots;
    private final Map<String, Runnable> pendingReleases = new ConcurrentHashMap<>();
    private ThreadPoolExecutor workers;
    private ScheduledThreadPoolExecutor scheduler;
    private Duration renewEvery;

    /**
     * @param releaseDelay how long a failed message stays locked before it is abandoned (a storage queue's
     *     visibility timeout); zero abandons at once
     */
    MessagePump(String functionName, Queues queues, String entityPath, int concurrency, Duration maxLockRenewal,
            Duration releaseDelay, Invocation<ReceivedMessage> invocation, Pacing pacing) {
        this.functionName = functionName;
        this.queues = queues;
        this.entityPath = entityPath;
        this.concurrency = concurrency;
        this.maxLockRenewal = maxLockRenewal;
        this.releaseDelay = releaseDelay;
        this.invocation = invocation;
        this.threads = new ListenerThreads(functionName);
        this.poller = new Poller(functionName, threads, pacing);
        this.slots = new Semaphore(concurrency);
    }

    void wakeOn(Wakeup wakeup) {
        poller.wakeOn(wakeup);
    }

    void start() {
        // Renewing at half the lock duration leaves the other half for a slow broker round trip.
        renewEvery = queues.options(entityPath).lockDuration().dividedBy(2);
        workers = new ThreadPoolExecutor(concurrency, concurrency, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(concurrency), threads);
        scheduler = new ScheduledThreadPoolExecutor(1, threads);
        scheduler.setRemoveOnCancelPolicy(true);
        poller.start(List.of(this::receive));
    }

    void stop(Duration drainTimeout) {
        Checks.notNegative(drainTimeout, "drainTimeout");
        long deadline = System.nanoTime() + drainTimeout.toNanos();
        poller.signalStop();
        boolean drained = poller.awaitLoops(deadline);
        if (workers != null) {
            workers.shutdown();
            drained &= awaitWorkers(deadline);
            pendingReleases.values().forEach(Runnable::run);
            scheduler.shutdownNow();
        }
        if (!drained) {
            LOG.warn("Function {} was still running after the {} drain timeout; its messages will be delivered "
                    + "again when their locks expire", functionName, drainTimeout);
        }
    }

    private boolean awaitWorkers(long deadline) {
        try {
            return workers.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean receive() {
        try {
            if (!slots.tryAcquire(SLOT_WAIT.toNanos(), TimeUnit.NANOSECONDS)) {
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        int taken = 1 + slots.drainPermits();
        List<ReceivedMessage> messages;
        try {
            messages = queues.receive(entityPath, taken);
        } catch (RuntimeException e) {
            slots.release(taken);
            throw e;
        }
        slots.release(taken - messages.size());
        for (ReceivedMessage message : messages) {
            workers.execute(() -> process(message));
        }
        return !messages.isEmpty();
    }

    private void process(ReceivedMessage message) {
        try {
            LockRenewal renewal = LockRenewal.start(functionName, scheduler, queues, message, renewEvery, maxLockRenewal);
            try {
                // Service Bus and storage queues carry no retry count: redelivery is the retry.
                invocation.invoke(message, 0);
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                LOG.error("Function {} failed for message {} (delivery {}) from {}; abandoning it", functionName,
                        message.messageId(), message.deliveryCount(), entityPath, e);
                release(message, renewal);
                return;
            }
            renewal.close();
            settle(message, "complete", () -> queues.complete(message));
        } finally {
            slots.release();
        }
    }

    private void release(ReceivedMessage message, LockRenewal renewal) {
        if (releaseDelay.isZero()) {
            renewal.close();
            settle(message, "abandon", () -> queues.abandon(message));
            return;
        }
        // The lock stays renewed until the abandon, so the message stays invisible for the whole delay.
        Runnable abandon = () -> {
            if (pendingReleases.remove(message.lockToken()) != null) {
                renewal.close();
                settle(message, "abandon", () -> queues.abandon(message));
            }
        };
        pendingReleases.put(message.lockToken(), abandon);
        scheduler.schedule(abandon, releaseDelay.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void settle(ReceivedMessage message, String action, Runnable settlement) {
        try {
            settlement.run();
        } catch (LockLostException e) {
            LOG.warn("Function {}: could not {} message {} from {}, its lock was lost; it will be delivered again",
                    functionName, action, message.messageId(), entityPath);
        } catch (RuntimeException e) {
            LOG.error("Function {}: could not {} message {} from {}; it will be delivered again when its lock expires",
                    functionName, action, message.messageId(), entityPath, e);
        }
    }
}
