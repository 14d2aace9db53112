package com.cumulus.commerce.catalog.adapters;

import com.cumulus.commerce.catalog.model.StockLevel;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A stock level as stored in the {@code stock} container. */
@JsonIgnoreProperties(ignoreUnknown = true)
record StockDocument(String id, String sku, long onHand) {

    static StockDocument of(StockLevel level) {
        return new StockDocument(level.sku(), level.sku(), level.onHand());
    }

    StockLevel toStockLevel() {
        return new StockLevel(sku, onHand);
    }
}
