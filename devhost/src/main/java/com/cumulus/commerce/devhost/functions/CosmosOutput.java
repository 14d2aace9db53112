package com.cumulus.commerce.devhost.functions;

import com.cumulus.commerce.platform.documents.Documents;
import com.cumulus.commerce.platform.http.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Supplier;

/** A Cosmos DB output: upserts each document by its {@code id} into the partition its key path names. */
final class CosmosOutput implements OutputTarget {

    private final Supplier<Documents> documents;
    private final String containerName;
    private final String partitionKeyPath;
    private final String[] partitionKeySegments;

    CosmosOutput(Supplier<Documents> documents, String containerName, String partitionKeyPath) {
        this.documents = documents;
        this.containerName = containerName;
        this.partitionKeyPath = partitionKeyPath;
        this.partitionKeySegments = partitionKeyPath.substring(1).split("/");
    }

    @Override
    public void write(Object value, String traceparent) {
        var bodies = OutputValues.bodies(value);
        if (bodies.isEmpty()) {
            return;
        }
        var container = documents.get().container(containerName);
        for (var body : bodies) {
            JsonNode node;
            try {
                node = Json.mapper().readTree(body);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("a document for container '" + containerName + "' is not JSON", e);
            }
            var id = node.path("id");
            if (!id.isValueNode() || id.asText().isBlank()) {
                throw new IllegalArgumentException("a document for container '" + containerName + "' has no 'id'");
            }
            var key = node;
            for (var segment : partitionKeySegments) {
                key = key.path(segment);
            }
            if (!key.isValueNode()) {
                throw new IllegalArgumentException("a document for container '" + containerName
                        + "' has no value at partition key path '" + partitionKeyPath + "'");
            }
            container.upsert(key.asText(), id.asText(), body);
        }
    }
}
