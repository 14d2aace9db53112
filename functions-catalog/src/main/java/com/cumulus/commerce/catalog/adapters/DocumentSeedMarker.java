package com.cumulus.commerce.catalog.adapters;

import com.cumulus.commerce.catalog.application.SeedMarker;
import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.documents.DocumentContainer;
import java.util.Map;
import java.util.Objects;

/**
 * The seed marker as a document in a container of catalog bookkeeping, kept out of {@code products} so
 * the product change feed never sees it.
 */
final class DocumentSeedMarker implements SeedMarker {

    private static final String ID = "demo-seed";

    private final DocumentContainer container;
    private final Clock clock;

    DocumentSeedMarker(DocumentContainer container, Clock clock) {
        this.container = Objects.requireNonNull(container, "'container' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
    }

    @Override
    public boolean isSeeded() {
        return container.read(ID, ID).isPresent();
    }

    @Override
    public void markSeeded(int productCount) {
        container.upsert(ID, ID, DocumentJson.write(Map.of(
                "id", ID, "productCount", productCount, "seededAt", clock.now().toString())));
    }
}
