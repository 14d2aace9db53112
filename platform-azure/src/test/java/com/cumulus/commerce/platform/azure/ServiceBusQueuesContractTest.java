package com.cumulus.commerce.platform.azure;

import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.contract.QueuesContract;
import com.cumulus.commerce.platform.messaging.Queues;
import java.nio.file.Path;

/**
 * The Queues contract through {@link ServiceBusQueues} and the SDK's client types, on {@link FakeServiceBus}: a
 * model of the namespace, so what this shows is the adapter's mapping, not Service Bus itself.
 */
class ServiceBusQueuesContractTest extends QueuesContract {

    private FakeServiceBus namespace;

    /** Service Bus holds the locks: a restarted client does not know their tokens, and they expire in their time. */
    @Override
    protected boolean restartReleasesLocks() {
        return false;
    }

    /** Service Bus renews by the lock duration every time; the ceiling is the Functions host's setting. */
    @Override
    protected boolean capsLockRenewal() {
        return false;
    }

    @Override
    protected Queues open(Path dataDir, Clock clock) {
        if (namespace == null) {
            namespace = new FakeServiceBus(clock);
        }
        return new ServiceBusQueues(namespace.clients());
    }
}
