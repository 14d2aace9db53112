package com.cumulus.commerce.platform.azure;

import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.contract.TopicsContract;
import java.nio.file.Path;

/**
 * The Topics contract through {@link ServiceBusTopics} and {@link ServiceBusQueues} on {@link FakeServiceBus}: a
 * model of the namespace, so what this shows is the adapters' mapping, not Service Bus itself.
 */
class ServiceBusTopicsContractTest extends TopicsContract {

    private FakeServiceBus namespace;

    @Override
    protected Broker open(Path dataDir, Clock clock) {
        if (namespace == null) {
            namespace = new FakeServiceBus(clock);
        }
        var queues = new ServiceBusQueues(namespace.clients());
        var topics = new ServiceBusTopics(namespace.clients());
        return new Broker(queues, topics, () -> {
            topics.close();
            queues.close();
        });
    }
}
