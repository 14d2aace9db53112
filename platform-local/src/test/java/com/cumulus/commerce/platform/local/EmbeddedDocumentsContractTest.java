package com.cumulus.commerce.platform.local;

import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.contract.DocumentsContract;
import com.cumulus.commerce.platform.documents.Documents;
import java.nio.file.Path;

class EmbeddedDocumentsContractTest extends DocumentsContract {

    @Override
    protected Documents open(Path dataDir, Clock clock) {
        return new EmbeddedDocuments(SqliteDatabase.open(dataDir.resolve("documents.db")), clock);
    }
}
