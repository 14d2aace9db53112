package com.cumulus.commerce.catalog.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.platform.kernel.OrderId;
import com.cumulus.commerce.platform.kernel.Sku;
import com.cumulus.commerce.catalog.model.StockHold;
import com.cumulus.commerce.catalog.model.StockLevel;
import com.cumulus.commerce.platform.http.EntityTags;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdjustStockTest {

    private final InMemoryStockLevels stockLevels = new InMemoryStockLevels();
    private final AdjustStock adjustStock = new AdjustStock(stockLevels);

    @Test
    void firstAdjustmentCreatesTheLevelWithoutIfMatch() {
        var result = adjustStock.adjust(Sku.of("MUG-1"), new StockAdjustment(12, "delivery"), Preconditions.none());

        assertThat(result).isInstanceOfSatisfying(StockAdjustmentResult.Adjusted.class,
                adjusted -> assertThat(adjusted.level().value().onHand()).isEqualTo(12));
    }

    @Test
    void removingFromAnAbsentLevelIsInsufficient() {
        var result = adjustStock.adjust(Sku.of("MUG-1"), new StockAdjustment(-1, "breakage"), Preconditions.none());

        assertThat(result).isInstanceOf(StockAdjustmentResult.Insufficient.class);
        assertThat(stockLevels.find(Sku.of("MUG-1"))).isEmpty();
    }

    @Test
    void levelNeverGoesBelowZero() {
        var stored = stockLevels.store(new StockLevel(Sku.of("MUG-1"), 2));

        var result = adjustStock.adjust(Sku.of("MUG-1"), new StockAdjustment(-3, "sold"), Preconditions.ifMatch(stored.etag()));

        assertThat(result).isEqualTo(new StockAdjustmentResult.Insufficient(Sku.of("MUG-1"), 2, 0, -3));
        assertThat(stockLevels.find(Sku.of("MUG-1")).orElseThrow().value().onHand()).isEqualTo(2);
    }

    @Test
    void adjustmentCannotTakeOnHandBelowHeld() {
        var held = new StockLevel(Sku.of("MUG-1"), 5, Map.of(OrderId.of("ord_" + "a".repeat(26)),
                new StockHold(3, Instant.parse("2026-11-24T12:15:00Z"))), Map.of());
        var stored = stockLevels.store(held);

        var refused = adjustStock.adjust(Sku.of("MUG-1"), new StockAdjustment(-3, "broken"), Preconditions.ifMatch(stored.etag()));
        var allowed = adjustStock.adjust(Sku.of("MUG-1"), new StockAdjustment(-2, "broken"), Preconditions.ifMatch(stored.etag()));

        assertThat(refused).isEqualTo(new StockAdjustmentResult.Insufficient(Sku.of("MUG-1"), 5, 3, -3));
        assertThat(allowed).isInstanceOfSatisfying(StockAdjustmentResult.Adjusted.class, adjusted -> {
            assertThat(adjusted.level().value().onHand()).isEqualTo(3);
            assertThat(adjusted.level().value().available()).isZero();
            assertThat(adjusted.level().value().holds()).isEqualTo(held.holds());
        });
    }

    @Test
    void removingExactlyWhatIsOnHandLeavesZero() {
        var stored = stockLevels.store(new StockLevel(Sku.of("MUG-1"), 2));

        var result = adjustStock.adjust(Sku.of("MUG-1"), new StockAdjustment(-2, "sold"), Preconditions.ifMatch(stored.etag()));

        assertThat(result).isInstanceOfSatisfying(StockAdjustmentResult.Adjusted.class,
                adjusted -> assertThat(adjusted.level().value().onHand()).isZero());
    }

    @Test
    void existingLevelRequiresIfMatch() {
        stockLevels.store(new StockLevel(Sku.of("MUG-1"), 2));

        assertThat(adjustStock.adjust(Sku.of("MUG-1"), new StockAdjustment(1, "found"), Preconditions.none()))
                .isInstanceOf(StockAdjustmentResult.PreconditionRequired.class);
    }

    @Test
    void staleEtagIsRejected() {
        var first = stockLevels.store(new StockLevel(Sku.of("MUG-1"), 2));
        stockLevels.store(new StockLevel(Sku.of("MUG-1"), 5));

        assertThat(adjustStock.adjust(Sku.of("MUG-1"), new StockAdjustment(1, "found"), Preconditions.ifMatch(first.etag())))
                .isInstanceOf(StockAdjustmentResult.PreconditionFailed.class);
        assertThat(stockLevels.find(Sku.of("MUG-1")).orElseThrow().value().onHand()).isEqualTo(5);
    }

    @Test
    void quotedIfMatchMatchesAnUnquotedStoredEtag() {
        var stored = stockLevels.store(new StockLevel(Sku.of("MUG-1"), 2));

        var result = adjustStock.adjust(Sku.of("MUG-1"), new StockAdjustment(3, "delivery"),
                Preconditions.ifMatch(EntityTags.quoted(stored.etag())));

        assertThat(result).isInstanceOfSatisfying(StockAdjustmentResult.Adjusted.class,
                adjusted -> assertThat(adjusted.level().value().onHand()).isEqualTo(5));
    }
}
