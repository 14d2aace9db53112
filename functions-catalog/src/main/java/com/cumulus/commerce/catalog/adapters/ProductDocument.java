package com.cumulus.commerce.catalog.adapters;

import com.cumulus.commerce.catalog.model.Product;
import com.cumulus.commerce.platform.money.Money;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/** A product as stored in the {@code products} container; system properties ({@code _etag}...) are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
record ProductDocument(String id, String sku, String title, String description, String category,
                       Map<String, String> attributes, List<String> images, Map<String, Money> prices) {

    static ProductDocument of(Product product) {
        return new ProductDocument(product.sku(), product.sku(), product.title(), product.description(),
                product.category(), product.attributes(), product.images(), product.prices());
    }

    Product toProduct() {
        return new Product(sku, title, description, category, attributes, images, prices);
    }
}
