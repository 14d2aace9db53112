package com.cumulus.commerce.catalog.adapters;

import com.cumulus.commerce.catalog.model.StockHold;
import com.cumulus.commerce.catalog.model.StockLevel;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A stock level as stored in the {@code stock} container:
 * {@code {"id", "sku", "onHand", "holds": {"ord_...": {"quantity", "expiresAt"}}, "returns": {"ord_...": at}}}.
 * Documents written before reservations existed have neither map and read as holding nothing.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record StockDocument(String id, String sku, long onHand, Map<String, HoldDocument> holds, Map<String, Instant> returns) {

    static StockDocument of(StockLevel level) {
        var holds = new TreeMap<String, HoldDocument>();
        level.holds().forEach((order, hold) -> holds.put(order, new HoldDocument(hold.quantity(), hold.expiresAt())));
        return new StockDocument(level.sku(), level.sku(), level.onHand(), holds, new TreeMap<>(level.returns()));
    }

    StockLevel toStockLevel() {
        var levelHolds = new LinkedHashMap<String, StockHold>();
        if (holds != null) {
            holds.forEach((order, hold) -> levelHolds.put(order, new StockHold(hold.quantity(), hold.expiresAt())));
        }
        return new StockLevel(sku, onHand, levelHolds, returns == null ? Map.of() : returns);
    }

    record HoldDocument(long quantity, Instant expiresAt) {
    }
}
