package com.cumulus.commerce.platform.azure.cosmos;

import com.azure.cosmos.CosmosException;
import com.cumulus.commerce.platform.documents.ConflictException;
import com.cumulus.commerce.platform.documents.Document;
import com.cumulus.commerce.platform.documents.NotFoundException;
import com.cumulus.commerce.platform.documents.PreconditionFailedException;
import com.cumulus.commerce.platform.http.Json;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

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
        return documentAskingToken(item, () -> sessionToken);
    }

    /**
     * As {@link #document(JsonNode, String)}, asking for the session token only when the item has no {@code _lsn}.
     * The body is written straight from the item, leaving out the system and added properties, without copying it.
     */
    static Document documentAskingToken(JsonNode item, Supplier<String> sessionToken) {
        JsonNode added = item.get(ADDED);
        var writer = new StringWriter(256);
        try (JsonGenerator out = Json.mapper().getFactory().createGenerator(writer)) {
            out.writeStartObject();
            for (Iterator<Map.Entry<String, JsonNode>> fields = item.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!SYSTEM.contains(field.getKey()) && !named(added, field.getKey())) {
                    out.writeFieldName(field.getKey());
                    out.writeTree(field.getValue());
                }
            }
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long lsn = item.hasNonNull("_lsn") ? item.get("_lsn").asLong() : sessionLsn(sessionToken.get());
        return new Document(item.path("partitionKey").asText(), item.path("id").asText(), writer.toString(),
                item.path("_etag").asText(), lsn, Instant.ofEpochSecond(item.path("_ts").asLong()));
    }

    private static boolean named(JsonNode added, String name) {
        if (added == null || !added.isArray()) {
            return false;
        }
        for (JsonNode n : added) {
            if (n.asText().equals(name)) {
                return true;
            }
        }
        return false;
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
