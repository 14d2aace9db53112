package com.cumulus.commerce.catalog.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProductChangeFeedTest {

    @Test
    void readsStoredDocumentsWithSystemPropertiesAndLsn() {
        var batch = ProductChangeFeed.parse("""
                [{"id": "MUG-1", "sku": "MUG-1", "title": "Mug", "description": "", "category": "kitchen",
                  "attributes": {}, "images": [], "prices": {"EUR": {"amount": 1299, "currency": "EUR"}},
                  "_etag": "\\"0a\\"", "_lsn": 42, "_ts": 1700000000, "_rid": "x"}]""");

        assertThat(batch.unreadable()).isEmpty();
        assertThat(batch.changes()).singleElement().satisfies(change -> {
            assertThat(change.version()).isEqualTo(42);
            assertThat(change.product().sku()).isEqualTo("MUG-1");
            assertThat(change.product().price("EUR")).hasValueSatisfying(m -> assertThat(m.amount()).isEqualTo(1299));
        });
    }

    @Test
    void unreadableDocumentIsReportedByIdAndOthersStillApply() {
        var batch = ProductChangeFeed.parse("""
                [{"id": "BAD", "sku": "BAD", "title": 5, "_lsn": 1},
                 {"id": "NOLSN", "sku": "NOLSN", "title": "t", "category": "c",
                  "prices": {"EUR": {"amount": 1, "currency": "EUR"}}},
                 {"id": "OK", "sku": "OK", "title": "t", "category": "c",
                  "prices": {"EUR": {"amount": 1, "currency": "EUR"}}, "_lsn": 3}]""");

        assertThat(batch.unreadable()).containsExactly("BAD", "NOLSN");
        assertThat(batch.changes()).extracting(change -> change.product().sku()).containsExactly("OK");
    }

    @Test
    void nonArrayIsRefused() {
        assertThatThrownBy(() -> ProductChangeFeed.parse("{}")).isInstanceOf(IllegalArgumentException.class);
    }
}
