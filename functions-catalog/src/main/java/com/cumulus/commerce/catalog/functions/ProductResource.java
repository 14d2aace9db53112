package com.cumulus.commerce.catalog.functions;

import com.cumulus.commerce.catalog.application.Versioned;
import com.cumulus.commerce.catalog.model.Product;
import com.cumulus.commerce.platform.http.EntityTags;
import com.cumulus.commerce.platform.money.Money;
import java.util.List;
import java.util.Map;

/** A product as the API answers it, with the ETag a client sends back in {@code If-Match}. */
record ProductResource(String sku, String title, String description, String category,
                       Map<String, String> attributes, List<String> images, Map<String, Money> prices,
                       String etag) {

    static ProductResource of(Versioned<Product> versioned) {
        var product = versioned.value();
        return new ProductResource(product.sku(), product.title(), product.description(), product.category(),
                product.attributes(), product.images(), product.prices(), EntityTags.quoted(versioned.etag()));
    }
}
