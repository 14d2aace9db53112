package com.cumulus.commerce.catalog.functions;

import com.cumulus.commerce.catalog.application.EntityTags;
import com.cumulus.commerce.catalog.application.Versioned;
import com.cumulus.commerce.catalog.model.StockLevel;

/** A stock level as the API answers it. */
record StockResource(String sku, long onHand, String etag) {

    static StockResource of(Versioned<StockLevel> versioned) {
        return new StockResource(versioned.value().sku(), versioned.value().onHand(),
                EntityTags.quoted(versioned.etag()));
    }
}
