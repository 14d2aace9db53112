package com.cumulus.commerce.catalog.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.catalog.application.DemoItem;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class GeneratedDemoCatalogTest {

    private final GeneratedDemoCatalog catalog = new GeneratedDemoCatalog(GeneratedDemoCatalog.RESOURCE);

    @Test
    void everyDemoProductIsValidAndSkusAreUnique() {
        var items = catalog.items();

        assertThat(items).hasSize(300);
        assertThat(items).allSatisfy(item -> assertThat(item.product().violations()).isEmpty());
        assertThat(items.stream().map(item -> item.product().sku()).distinct()).hasSize(300);
    }

    @Test
    void buildsTheSameCatalogEveryTime() {
        assertThat(catalog.items()).isEqualTo(catalog.items());
    }

    @Test
    void pricesComeFromGbpAtFixedDemoRates() {
        DemoItem item = GeneratedDemoCatalog.item("85123A", new BigDecimal("2.95"));

        assertThat(item.product().price("GBP").orElseThrow().amount()).isEqualTo(295);
        assertThat(item.product().price("EUR").orElseThrow().amount()).isEqualTo(345);
        assertThat(item.product().price("USD").orElseThrow().amount()).isEqualTo(375);
    }
}
