package com.cumulus.commerce.devhost.triggers;

import com.cumulus.commerce.platform.messaging.Queues;
import com.cumulus.commerce.platform.messaging.ReceivedMessage;
import java.time.Duration;

public final class ServiceBusListener implements TriggerListener {

    private final String functionName;

    public ServiceBusListener(String functionName, Queues queues, String entityPath, int maxConcurrentCalls, Duration maxAutoLockRenewal, Invocation<ReceivedMessage> invocation) {
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
