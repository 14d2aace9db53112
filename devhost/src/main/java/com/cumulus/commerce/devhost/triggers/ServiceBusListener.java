package com.cumulus.commerce.devhost.triggers;

import com.cumulus.commerce.platform.messaging.Queues;
import com.cumulus.commerce.platform.messaging.ReceivedMessage;
import java.time.Duration;

/**
 * A Service Bus trigger (queue or topic subscription): up to {@code maxConcurrentCalls} messages at once, each
 * completed when the function returns and abandoned when it throws. There is no retry policy: the entity's
 * delivery count retries and, past its maximum, dead-letters. The lock is renewed while the function runs, up to
 * {@code maxAutoLockRenewal}.
 */
public final class ServiceBusListener implements TriggerListener {

    private final String functionName;
    private final MessagePump pump;

    public ServiceBusListener(String functionName, Queues queues, String entityPath, int maxConcurrentCalls,
            Duration maxAutoLockRenewal, Invocation<ReceivedMessage> invocation) {
        this(functionName, queues, entityPath, maxConcurrentCalls, maxAutoLockRenewal, invocation, Pacing.DEFAULT);
    }

    ServiceBusListener(String functionName, Queues queues, String entityPath, int maxConcurrentCalls,
            Duration maxAutoLockRenewal, Invocation<ReceivedMessage> invocation, Pacing pacing) {
        this.functionName = Checks.notBlank(functionName, "functionName");
        this.pump = new MessagePump(functionName, Checks.notNull(queues, "queues"),
                Checks.notBlank(entityPath, "entityPath"), Checks.atLeast(maxConcurrentCalls, 1, "maxConcurrentCalls"),
                Checks.notNegative(maxAutoLockRenewal, "maxAutoLockRenewal"), Duration.ZERO,
                Checks.notNull(invocation, "invocation"), pacing);
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
        pump.start();
    }

    @Override
    public void stop(Duration drainTimeout) {
        pump.stop(drainTimeout);
    }
}
