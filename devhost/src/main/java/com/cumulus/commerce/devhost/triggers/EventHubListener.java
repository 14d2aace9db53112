package com.cumulus.commerce.devhost.triggers;

import com.cumulus.commerce.platform.streams.EventStreams;
import com.cumulus.commerce.platform.streams.ReceivedEvent;
import java.util.List;
import java.time.Duration;

public final class EventHubListener implements TriggerListener {

    private final String functionName;

    public EventHubListener(String functionName, EventStreams streams, String eventHub, String consumerGroup, int maxBatchSize, RetryPolicy retry, Invocation<List<ReceivedEvent>> invocation) {
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
