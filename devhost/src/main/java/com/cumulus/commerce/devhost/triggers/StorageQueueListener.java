package com.cumulus.commerce.devhost.triggers;

import com.cumulus.commerce.platform.messaging.QueueOptions;
import com.cumulus.commerce.platform.messaging.Queues;
import com.cumulus.commerce.platform.messaging.ReceivedMessage;
import java.time.Duration;

/**
 * A storage queue trigger: up to {@code batchSize} messages at once; a message that fails stays invisible for
 * {@code visibilityTimeout} before it is tried again, and after {@code maxDequeueCount} dequeues it moves to
 * {@code <queue>-poison}. The entity is configured with those counts on start.
 */
public final class StorageQueueListener implements TriggerListener {

    private final String functionName;
    private final Queues queues;
    private final String queueName;
    private final int maxDequeueCount;
    private final MessagePump pump;

    public StorageQueueListener(String functionName, Queues queues, String queueName, int batchSize,
            int maxDequeueCount, Duration visibilityTimeout, Invocation<ReceivedMessage> invocation) {
        this(functionName, queues, queueName, batchSize, maxDequeueCount, visibilityTimeout, invocation,
                Pacing.DEFAULT);
    }

    StorageQueueListener(String functionName, Queues queues, String queueName, int batchSize, int maxDequeueCount,
            Duration visibilityTimeout, Invocation<ReceivedMessage> invocation, Pacing pacing) {
        this.functionName = Checks.notBlank(functionName, "functionName");
        this.queues = Checks.notNull(queues, "queues");
        this.queueName = Checks.notBlank(queueName, "queueName");
        this.maxDequeueCount = Checks.atLeast(maxDequeueCount, 1, "maxDequeueCount");
        Checks.atLeast(batchSize, 1, "batchSize");
        this.pump = new MessagePump(functionName, queues, queueName, batchSize, options().maxLockRenewal(),
                Checks.notNegative(visibilityTimeout, "visibilityTimeout"), Checks.notNull(invocation, "invocation"),
                pacing);
    }

    /** Storage queue defaults with this trigger's dequeue count; poison messages go to {@code <queue>-poison}. */
    QueueOptions options() {
        return QueueOptions.storageQueue(queueName).withMaxDeliveryCount(maxDequeueCount);
    }

    @Override
    public String functionName() {
        return functionName;
    }

    @Override
    public void wakeOn(Wakeup wakeup) {
        pump.wakeOn(wakeup);
    }

    @Override
    public void start() {
        queues.configure(queueName, options());
        pump.start();
    }

    @Override
    public void stop(Duration drainTimeout) {
        pump.stop(drainTimeout);
    }
}
