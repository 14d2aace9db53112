package com.cumulus.commerce.catalog.adapters;

import com.cumulus.commerce.catalog.application.ProductChanged;
import com.cumulus.commerce.platform.documents.ChangeFeedBatch;
import com.cumulus.commerce.platform.http.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a batch of the {@code products} change feed as the Cosmos DB trigger hands it over: a JSON array
 * of stored documents with their system properties ({@code id}, {@code _etag}, {@code _lsn}, {@code _ts}).
 */
public final class ProductChangeFeed {

    private ProductChangeFeed() {
    }

    /** The changes that could be read and the ids of those that could not (which must not stop the feed). */
    public record Batch(List<ProductChanged> changes, List<String> unreadable) {
        public Batch {
            changes = List.copyOf(changes);
            unreadable = List.copyOf(unreadable);
        }
    }

    /** @throws IllegalArgumentException when {@code documents} is not a JSON array at all */
    public static Batch parse(String documents) {
        var changes = new ArrayList<ProductChanged>();
        var unreadable = new ArrayList<String>();
        for (var node : ChangeFeedBatch.documents(documents)) {
            try {
                var lsn = node.path("_lsn");
                if (!lsn.canConvertToLong()) {
                    throw new IllegalArgumentException("no _lsn");
                }
                var product = Json.mapper().treeToValue(node, ProductDocument.class).toProduct();
                if (!product.violations().isEmpty()) {
                    throw new IllegalArgumentException("stored product breaks the catalog rules");
                }
                changes.add(new ProductChanged(product, lsn.asLong()));
            } catch (JsonProcessingException | RuntimeException e) {
                unreadable.add(node.path("id").asText("?"));
            }
        }
        return new Batch(changes, unreadable);
    }
}
