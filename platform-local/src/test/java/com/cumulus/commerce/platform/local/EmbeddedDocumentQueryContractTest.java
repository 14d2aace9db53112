package com.cumulus.commerce.platform.local;

import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.contract.DocumentQueryContract;
import com.cumulus.commerce.platform.documents.Documents;
import java.nio.file.Path;

class EmbeddedDocumentQueryContractTest extends DocumentQueryContract {

    @Override
    protected Documents open(Path dataDir, Clock clock) {
        return new EmbeddedDocuments(SqliteDatabase.open(dataDir.resolve("documents.db")), clock);
    }
}
