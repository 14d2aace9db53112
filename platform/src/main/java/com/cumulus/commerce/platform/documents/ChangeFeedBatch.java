package com.cumulus.commerce.platform.documents;

import com.cumulus.commerce.platform.http.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
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

    /** One stored document as the trigger delivers it: its JSON with the system properties added. */
    public static ObjectNode item(Document document) {
        JsonNode stored;
        try {
            stored = Json.mapper().readTree(document.json());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("document " + document.id() + " is not JSON", e);
        }
        if (!(stored instanceof ObjectNode node)) {
            throw new IllegalArgumentException("document " + document.id() + " is not a JSON object");
        }
        node.put("id", document.id());
        node.put("_etag", document.etag());
        node.put("_lsn", document.lsn());
        node.put("_ts", document.timestamp().getEpochSecond());
        return node;
    }

    /** Documents read from a change feed as the trigger hands them to a function: a JSON array of items. */
    public static String of(List<Document> documents) {
        var array = Json.mapper().createArrayNode();
        documents.forEach(document -> array.add(item(document)));
        return array.toString();
    }
}
