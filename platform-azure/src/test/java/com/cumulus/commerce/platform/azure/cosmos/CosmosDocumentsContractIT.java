package com.cumulus.commerce.platform.azure.cosmos;

import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.contract.DocumentsContract;
import com.cumulus.commerce.platform.documents.Documents;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtendWith;

/** The documents contract on cosmosdb-server behind the test shim; a database of its own per test. */
@ExtendWith(CosmosShimExtension.class)
class CosmosDocumentsContractIT extends DocumentsContract {

    @Override
    protected Documents open(Path dataDir, Clock clock) {
        return CosmosDocuments.fromSettings(CosmosShim.running().settings(TestDatabases.named(dataDir)));
    }

    @Override
    protected boolean serviceStampsWriteTime() {
        return true;
    }
}
