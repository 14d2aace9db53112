package com.cumulus.commerce.devhost.triggers;

import com.cumulus.commerce.platform.messaging.Queues;
import com.cumulus.commerce.platform.messaging.ReceivedMessage;
import java.time.Duration;

public final class StorageQueueListener implements TriggerListener {

    private final String functionName;

    public StorageQueueListener(String functionName, Queues queues, String queueName, int batchSize, int maxDequeueCount, Duration visibilityTimeout, Invocation<ReceivedMessage> invocation) {
        this.functionName = functionName;
    }

    @Override
    public String functionName() {
        return functionName;
    }

    @Override
    public void start() {
    }

    @Override
    public void stop(Duration drainTimeout) {
    }
}
