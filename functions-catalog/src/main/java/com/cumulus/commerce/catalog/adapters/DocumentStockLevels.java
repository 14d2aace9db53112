package com.cumulus.commerce.catalog.adapters;

import com.cumulus.commerce.catalog.application.StockLevels;
import com.cumulus.commerce.catalog.application.Versioned;
import com.cumulus.commerce.catalog.model.StockLevel;
import com.cumulus.commerce.platform.documents.ConflictException;
import com.cumulus.commerce.platform.documents.Document;
import com.cumulus.commerce.platform.documents.DocumentContainer;
import com.cumulus.commerce.platform.documents.NotFoundException;
import com.cumulus.commerce.platform.documents.PreconditionFailedException;
import java.util.Objects;
import java.util.Optional;

/** Stock levels in a document container, one document per SKU in its own partition. */
final class DocumentStockLevels implements StockLevels {

    private final DocumentContainer container;

    DocumentStockLevels(DocumentContainer container) {
        this.container = Objects.requireNonNull(container, "'container' must not be null");
    }

    @Override
    public Optional<Versioned<StockLevel>> find(String sku) {
        return container.read(sku, sku).map(DocumentStockLevels::versioned);
    }

    @Override
    public Optional<Versioned<StockLevel>> create(StockLevel level) {
        try {
            return Optional.of(versioned(container.create(level.sku(), level.sku(), json(level))));
        } catch (ConflictException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<Versioned<StockLevel>> replace(StockLevel level, String expectedEtag) {
        try {
            return Optional.of(versioned(container.replace(level.sku(), level.sku(), json(level), expectedEtag)));
        } catch (PreconditionFailedException | NotFoundException e) {
            return Optional.empty();
        }
    }

    private static String json(StockLevel level) {
        return DocumentJson.write(StockDocument.of(level));
    }

    private static Versioned<StockLevel> versioned(Document document) {
        return new Versioned<>(DocumentJson.read(document.json(), StockDocument.class).toStockLevel(),
                document.etag());
    }
}
