package com.cumulus.commerce.platform.azure;

import com.azure.storage.queue.QueueServiceClient;
import com.azure.storage.queue.models.QueueItem;
import com.azure.storage.queue.models.QueuesSegmentOptions;
import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.config.AppSettings;
import com.cumulus.commerce.platform.contract.QueuesContract;
import com.cumulus.commerce.platform.messaging.Queues;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The queues contract on Azure Storage queues as Azurite serves them, with Azurite's clock driven by the
 * contract's: visibility timeouts, insertion times and scheduled sends are decided by the service.
 */
class StorageQueuesContractIT extends QueuesContract {

    private static ServiceClock serviceClock;
    private static Emulators.Azurite azurite;
    private static QueueServiceClient service;
    private Path openedOn;

    @BeforeAll
    static void startAzurite() {
        serviceClock = new ServiceClock(Clock.system());
        azurite = Emulators.azurite(serviceClock);
        service = serviceClient();
    }

    @AfterAll
    static void stopAzurite() {
        azurite.close();
    }

    private static QueueServiceClient serviceClient() {
        var settings = AppSettings.of(Map.of(StorageQueues.CONNECTION, azurite.connectionString()));
        return StorageQueues.serviceClient(ServiceConnection.named(settings, StorageQueues.CONNECTION), null,
                serviceClock);
    }

    @Override
    protected Queues open(Path dataDir, Clock clock) {
        serviceClock.follow(clock);
        if (!dataDir.equals(openedOn)) {
            openedOn = dataDir;
            // Azurite refuses the empty include= that listQueues() sends without options.
            service.listQueues(new QueuesSegmentOptions().setIncludeMetadata(true), null, null).stream()
                    .map(QueueItem::getName).forEach(service::deleteQueue);
        }
        return new StorageQueues(serviceClient(), clock);
    }

    @Override
    protected boolean detectsDuplicates() {
        return false;
    }

    @Override
    protected boolean numbersMessages() {
        return false;
    }

    @Override
    protected boolean restartReleasesLocks() {
        return false;
    }
}
