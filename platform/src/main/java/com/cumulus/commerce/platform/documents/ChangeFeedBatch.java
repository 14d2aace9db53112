package com.cumulus.commerce.platform.documents;

import com.cumulus.commerce.platform.http.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A batch of the change feed as a Cosmos DB trigger hands it to a function: a JSON array of stored documents with
 * their system properties ({@code id}, {@code _etag}, {@code _lsn}, {@code _ts}).
 */
public final class ChangeFeedBatch {

    private ChangeFeedBatch() {
    }

    /** The batch's documents, in feed order. @throws IllegalArgumentException when it is not a JSON array */
    public static List<JsonNode> documents(String batch) {
        JsonNode array;
        try {
            array = Json.mapper().readTree(batch == null ? "" : batch);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("'documents' must be a JSON array", e);
        }
        if (array == null || !array.isArray()) {
            throw new IllegalArgumentException("'documents' must be a JSON array");
        }
        var documents = new ArrayList<JsonNode>(array.size());
        array.forEach(documents::add);
        return documents;
    }
}
