package com.cumulus.commerce.devhost.triggers;

import com.cumulus.commerce.platform.documents.Document;
import com.cumulus.commerce.platform.documents.DocumentContainer;
import java.util.List;
import java.time.Duration;

public final class ChangeFeedListener implements TriggerListener {

    private final String functionName;

    public ChangeFeedListener(String functionName, DocumentContainer container, String leaseName, int maxItems, RetryPolicy retry, Invocation<List<Document>> invocation) {
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
