package com.cumulus.commerce.catalog.application;

import static com.cumulus.commerce.catalog.application.CatalogFixture.mug;
import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.platform.kernel.Sku;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedDemoCatalogTest {

    private final InMemoryProducts products = new InMemoryProducts();
    private final InMemoryStockLevels stockLevels = new InMemoryStockLevels();
    private final RecordingMarker marker = new RecordingMarker();
    private final DemoCatalog catalog = () -> List.of(new DemoItem(mug("A-1"), 5), new DemoItem(mug("B-2"), 0));

    @Test
    void seedsProductsAndStockOnceThenMarks() {
        var seed = new SeedDemoCatalog(catalog, products, stockLevels, marker);

        assertThat(seed.seedIfNeeded()).isEqualTo(2);
        assertThat(products.size()).isEqualTo(2);
        assertThat(stockLevels.find(Sku.of("A-1")).orElseThrow().value().onHand()).isEqualTo(5);
        assertThat(stockLevels.find(Sku.of("B-2")).orElseThrow().value().onHand()).isZero();
        assertThat(marker.count).isEqualTo(2);
    }

    @Test
    void markedShopIsNotSeededAgain() {
        marker.markSeeded(2);

        assertThat(new SeedDemoCatalog(catalog, products, stockLevels, marker).seedIfNeeded()).isZero();
        assertThat(products.size()).isZero();
    }

    @Test
    void interruptedSeedCompletesWithoutTouchingWhatExists() {
        var existing = products.store(CatalogFixture.withTitle(mug("A-1"), "Edited by an operator"));

        assertThat(new SeedDemoCatalog(catalog, products, stockLevels, marker).seedIfNeeded()).isEqualTo(1);
        assertThat(products.find(Sku.of("A-1")).orElseThrow()).isEqualTo(existing);
        assertThat(products.find(Sku.of("B-2"))).isPresent();
    }

    private static final class RecordingMarker implements SeedMarker {
        private Integer count;

        @Override
        public boolean isSeeded() {
            return count != null;
        }

        @Override
        public void markSeeded(int productCount) {
            count = productCount;
        }
    }
}
