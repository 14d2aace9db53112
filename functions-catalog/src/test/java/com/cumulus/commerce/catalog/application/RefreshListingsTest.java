package com.cumulus.commerce.catalog.application;

import static com.cumulus.commerce.catalog.application.CatalogFixture.mug;
import static com.cumulus.commerce.catalog.application.CatalogFixture.withCategory;
import static com.cumulus.commerce.catalog.application.CatalogFixture.withTitle;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RefreshListingsTest {

    private final InMemoryProductListings listings = new InMemoryProductListings();
    private final RefreshListings refreshListings = new RefreshListings(listings);

    @Test
    void changedProductIsListedInItsCategory() {
        refreshListings.apply(List.of(new ProductChanged(mug("MUG-1"), 10)));

        assertThat(listings.all()).singleElement().satisfies(entry -> {
            assertThat(entry.category()).isEqualTo("kitchen");
            assertThat(entry.title()).isEqualTo("Enamel Mug");
            assertThat(entry.sourceVersion()).isEqualTo(10);
        });
    }

    @Test
    void redeliveredBatchChangesNothing() {
        var batch = List.of(new ProductChanged(mug("MUG-1"), 10), new ProductChanged(mug("MUG-2"), 11));
        refreshListings.apply(batch);
        int writes = listings.writes();

        refreshListings.apply(batch);

        assertThat(listings.writes()).isEqualTo(writes);
        assertThat(listings.all()).hasSize(2);
    }

    @Test
    void categoryChangeMovesTheEntry() {
        refreshListings.apply(List.of(new ProductChanged(mug("MUG-1"), 10)));

        refreshListings.apply(List.of(new ProductChanged(withCategory(mug("MUG-1"), "gifts"), 12)));

        assertThat(listings.all()).singleElement().satisfies(entry -> {
            assertThat(entry.category()).isEqualTo("gifts");
            assertThat(entry.sourceVersion()).isEqualTo(12);
        });
    }

    @Test
    void olderVersionDeliveredLateDoesNotOverwriteNewer() {
        refreshListings.apply(List.of(new ProductChanged(withTitle(mug("MUG-1"), "Newer"), 20)));

        refreshListings.apply(List.of(new ProductChanged(withCategory(mug("MUG-1"), "gifts"), 15)));

        assertThat(listings.all()).singleElement().satisfies(entry -> {
            assertThat(entry.title()).isEqualTo("Newer");
            assertThat(entry.category()).isEqualTo("kitchen");
        });
    }

    @Test
    void replayAfterCrashBetweenUpsertAndDeleteFinishesTheMove() {
        refreshListings.apply(List.of(new ProductChanged(mug("MUG-1"), 10)));
        var moved = withCategory(mug("MUG-1"), "gifts");
        listings.upsert(com.cumulus.commerce.catalog.model.ProductListing.of(moved, 12));

        refreshListings.apply(List.of(new ProductChanged(moved, 12)));

        assertThat(listings.all()).singleElement().satisfies(entry -> assertThat(entry.category()).isEqualTo("gifts"));
    }
}
