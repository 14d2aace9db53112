package com.cumulus.commerce.catalog.adapters;

import com.cumulus.commerce.catalog.application.StockLevels;
import com.cumulus.commerce.catalog.model.StockLevel;
import com.cumulus.commerce.platform.documents.DocumentContainer;

/** Stock levels in a document container, one document per SKU in its own partition. */
final class DocumentStockLevels extends SkuDocuments<StockLevel, StockDocument> implements StockLevels {

    DocumentStockLevels(DocumentContainer container) {
        super(container, StockDocument.class, StockLevel::sku, StockDocument::of, StockDocument::toStockLevel);
    }
}
