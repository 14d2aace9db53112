package com.cumulus.commerce.platform.azure.cosmos;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Starts the Cosmos DB test server once for the test run and stops it when the run ends. */
final class CosmosShimExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(CosmosShim.class.getName(), key -> new Stopper(CosmosShim.running()));
    }

    private record Stopper(CosmosShim shim) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            CosmosShim.stop();
        }
    }
}
