package com.cumulus.commerce.catalog.adapters;

import com.cumulus.commerce.platform.kernel.OrderId;
import com.cumulus.commerce.platform.kernel.Sku;
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
        level.holds().forEach((order, hold) -> holds.put(order.value(),
                new HoldDocument(hold.quantity(), hold.expiresAt())));
        var returns = new TreeMap<String, Instant>();
        level.returns().forEach((order, at) -> returns.put(order.value(), at));
        return new StockDocument(level.sku().value(), level.sku().value(), level.onHand(), holds, returns);
    }

    StockLevel toStockLevel() {
        var levelHolds = new LinkedHashMap<OrderId, StockHold>();
        if (holds != null) {
            holds.forEach((order, hold) -> levelHolds.put(OrderId.of(order),
                    new StockHold(hold.quantity(), hold.expiresAt())));
        }
        var levelReturns = new LinkedHashMap<OrderId, Instant>();
        if (returns != null) {
            returns.forEach((order, at) -> levelReturns.put(OrderId.of(order), at));
        }
        return new StockLevel(Sku.of(sku), onHand, levelHolds, levelReturns);
    }

    record HoldDocument(long quantity, Instant expiresAt) {
    }
}
