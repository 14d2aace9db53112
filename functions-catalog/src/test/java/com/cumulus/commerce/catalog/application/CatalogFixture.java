package com.cumulus.commerce.catalog.application;

import com.cumulus.commerce.catalog.model.Product;
import com.cumulus.commerce.platform.money.Money;
import java.util.List;
import java.util.Map;

/** Valid products to start tests from. */
public final class CatalogFixture {

    private CatalogFixture() {
    }

    public static Product mug(String sku) {
        return new Product(sku, "Enamel Mug", "A sturdy enamel mug for camp and kitchen.", "kitchen",
                Map.of("colour", "white"), List.of("https://images.example.com/mug.jpg"),
                Map.of("EUR", Money.of(1299, "EUR")));
    }

    public static Product withTitle(Product product, String title) {
        return new Product(product.sku(), title, product.description(), product.category(), product.attributes(),
                product.images(), product.prices());
    }

    public static Product withCategory(Product product, String category) {
        return new Product(product.sku(), product.title(), product.description(), category, product.attributes(),
                product.images(), product.prices());
    }
}
