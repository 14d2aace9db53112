package com.cumulus.commerce.platform.azure.cosmos;

import com.azure.cosmos.CosmosException;
import com.cumulus.commerce.platform.documents.ConflictException;
import com.cumulus.commerce.platform.documents.Document;
import com.cumulus.commerce.platform.documents.NotFoundException;
import com.cumulus.commerce.platform.documents.PreconditionFailedException;
import com.cumulus.commerce.platform.http.Json;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The mapping between a port document and a Cosmos DB item. An item carries the document's properties plus
 * {@code id} and {@code partitionKey}; when the written object lacked either, {@code _addedKeys} names them so a
 * read gives back exactly the object as written.
 */
final class CosmosItems {

    static final String ADDED = "_addedKeys";
    private static final List<String> SYSTEM = List.of("_rid", "_self", "_etag", "_attachments", "_ts", "_lsn", ADDED);

    private CosmosItems() {
    }

    static void checkKeys(String partitionKey, String id) {
        if (partitionKey == null || partitionKey.isEmpty()) {
            throw new IllegalArgumentException("'partitionKey' must not be empty");
        }
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("'id' must not be empty");
        }
        if (id.length() > 255 || id.chars().anyMatch(ch -> ch == '/' || ch == '\\' || ch == '?' || ch == '#')) {
            throw new IllegalArgumentException("'id' must be at most 255 characters without / \\ ? #");
        }
    }

    /** The item to write for {@code json}, which must be one JSON object agreeing with the keys it names. */
    static ObjectNode item(String partitionKey, String id, String json) {
        checkKeys(partitionKey, id);
        ObjectNode node = parseObject(json);
        var added = node.arrayNode();
        keep(node, "id", id, added);
        keep(node, "partitionKey", partitionKey, added);
        if (!added.isEmpty()) {
            node.set(ADDED, added);
        }
        return node;
    }

    private static void keep(ObjectNode node, String name, String value, com.fasterxml.jackson.databind.node.ArrayNode added) {
        JsonNode present = node.get(name);
        if (present == null) {
            node.put(name, value);
            added.add(name);
        } else if (!present.isTextual() || !present.asText().equals(value)) {
            throw new IllegalArgumentException("'json' has a '" + name + "' other than the document's");
        }
    }

    static ObjectNode parseObject(String json) {
        Objects.requireNonNull(json, "'json' must not be null");
        try (JsonParser parser = Json.mapper().getFactory().createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("'json' must be a JSON object");
            }
            ObjectNode node = Json.mapper().readTree(parser);
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException("'json' must be a single JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("'json' must be a JSON object: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The document an item stands for. Its LSN is the item's {@code _lsn} where the service puts one (change feed,
     * and the emulator everywhere), else the session token's LSN of the write or read that returned it.
     */
    static Document document(JsonNode item, String sessionToken) {
        ObjectNode body = item.deepCopy();
        JsonNode added = body.get(ADDED);
        if (added != null && added.isArray()) {
            added.forEach(name -> body.remove(name.asText()));
        }
        body.remove(SYSTEM);
        long lsn = item.hasNonNull("_lsn") ? item.get("_lsn").asLong() : sessionLsn(sessionToken);
        return new Document(item.path("partitionKey").asText(), item.path("id").asText(), body.toString(),
                item.path("_etag").asText(), lsn, Instant.ofEpochSecond(item.path("_ts").asLong()));
    }

    /** The global LSN in a session token {@code <range>:<version>#<lsn>[#<region>=<lsn>...]}, else 0. */
    static long sessionLsn(String sessionToken) {
        if (sessionToken == null) {
            return 0;
        }
        String token = sessionToken.substring(sessionToken.lastIndexOf(',') + 1);
        int hash = token.indexOf('#');
        if (hash < 0) {
            return 0;
        }
        int end = token.indexOf('#', hash + 1);
        try {
            return Long.parseLong(token.substring(hash + 1, end < 0 ? token.length() : end));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The port's exception for a failed call; the message names the document and the status, nothing else. */
    static RuntimeException failure(CosmosException e, String what) {
        return failure(e.getStatusCode(), what, e);
    }

    static RuntimeException failure(int status, String what, CosmosException cause) {
        return switch (status) {
            case 404 -> new NotFoundException(what + " does not exist");
            case 409 -> new ConflictException(what + " already exists");
            case 412 -> new PreconditionFailedException(what + " has changed (ETag no longer matches)");
            default -> new IllegalStateException("Cosmos DB answered " + status + " for " + what, cause);
        };
    }
}
