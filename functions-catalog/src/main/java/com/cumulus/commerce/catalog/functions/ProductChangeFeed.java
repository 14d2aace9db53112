package com.cumulus.commerce.catalog.functions;

import java.io.IOException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.cumulus.commerce.catalog.application.ProductPatch;
import com.cumulus.commerce.catalog.application.ProductChanged;
import com.cumulus.commerce.platform.documents.ChangeFeedBatch;
import com.cumulus.commerce.platform.http.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a batch of the {@code products} change feed as the Cosmos DB trigger hands it over: a JSON array
 * of stored documents with their system properties ({@code id}, {@code _etag}, {@code _lsn}, {@code _ts}).
 */
final class ProductChangeFeed {

    /** A stored product has the shape the API takes, plus system properties ({@code id}, {@code _etag}...). */
    private static final ObjectReader STORED = Json.mapper().readerFor(ProductBody.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ProductChangeFeed() {
    }

    /** The changes that could be read and the ids of those that could not (which must not stop the feed). */
    record Batch(List<ProductChanged> changes, List<String> unreadable) {
        public Batch {
            changes = List.copyOf(changes);
            unreadable = List.copyOf(unreadable);
        }
    }

    /** @throws IllegalArgumentException when {@code documents} is not a JSON array at all */
    static Batch parse(String documents) {
        var changes = new ArrayList<ProductChanged>();
        var unreadable = new ArrayList<String>();
        for (var node : ChangeFeedBatch.documents(documents)) {
            try {
                var lsn = node.path("_lsn");
                if (!lsn.canConvertToLong()) {
                    throw new IllegalArgumentException("no _lsn");
                }
                var outcome = STORED.<ProductBody>readValue(node).toProduct();
                if (!(outcome instanceof ProductPatch.Outcome.Applied applied)) {
                    throw new IllegalArgumentException("stored prices are not money");
                }
                var product = applied.product();
                if (!product.violations().isEmpty()) {
                    throw new IllegalArgumentException("stored product breaks the catalog rules");
                }
                changes.add(new ProductChanged(product, lsn.asLong()));
            } catch (IOException | RuntimeException e) {
                unreadable.add(node.path("id").asText("?"));
            }
        }
        return new Batch(changes, unreadable);
    }
}
