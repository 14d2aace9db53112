package com.cumulus.commerce.catalog.functions;

import com.cumulus.commerce.catalog.application.Versioned;
import com.cumulus.commerce.catalog.model.StockLevel;
import com.cumulus.commerce.platform.http.EntityTags;

/** A stock level as the API answers it: units on hand, held by reservations, and still available. */
record StockResource(String sku, long onHand, long reserved, long available, String etag) {

    static StockResource of(Versioned<StockLevel> versioned) {
        var level = versioned.value();
        return new StockResource(level.sku().value(), level.onHand(), level.reserved(), level.available(),
                EntityTags.quoted(versioned.etag()));
    }
}
