package com.cumulus.commerce.platform.local;

import com.cumulus.commerce.platform.documents.InvalidContinuationTokenException;
import com.cumulus.commerce.platform.http.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a keyset-paged query stopped: the last row's sort value and id, and a hash of the query that issued
 * it so that a token cannot be replayed against another query. Opaque to callers: base64url of small JSON.
 */
record ContinuationToken(Object lastSortValue, String lastId, String queryHash) {

    String encode() {
        ObjectNode node = Json.mapper().createObjectNode();
        if (lastSortValue == null) {
            node.putNull("s");
        } else if (lastSortValue instanceof String text) {
            node.put("s", text);
        } else if (lastSortValue instanceof Double || lastSortValue instanceof Float) {
            node.put("s", ((Number) lastSortValue).doubleValue());
        } else {
            node.put("s", ((Number) lastSortValue).longValue());
        }
        node.put("i", lastId);
        node.put("q", queryHash);
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(Json.write(node).getBytes(StandardCharsets.UTF_8));
    }

    /** @throws InvalidContinuationTokenException when the token is malformed or another query issued it */
    static ContinuationToken decode(String token, String expectedQueryHash) {
        JsonNode node;
        try {
            node = Json.mapper().readTree(Base64.getUrlDecoder().decode(token));
        } catch (IllegalArgumentException | IOException e) {
            throw invalid();
        }
        if (node == null || !node.isObject() || !node.path("i").isTextual() || !node.path("q").isTextual()
                || !node.has("s")) {
            throw invalid();
        }
        if (!node.get("q").asText().equals(expectedQueryHash)) {
            throw new InvalidContinuationTokenException("the continuation token was issued for another query");
        }
        return new ContinuationToken(sortValue(node.get("s")), node.get("i").asText(), expectedQueryHash);
    }

    private static Object sortValue(JsonNode s) {
        if (s.isNull()) {
            return null;
        }
        if (s.isTextual()) {
            return s.asText();
        }
        if (s.isIntegralNumber() && s.canConvertToLong()) {
            return s.longValue();
        }
        if (s.isFloatingPointNumber()) {
            return s.doubleValue();
        }
        throw invalid();
    }

    private static InvalidContinuationTokenException invalid() {
        return new InvalidContinuationTokenException("the continuation token is not valid");
    }
}
