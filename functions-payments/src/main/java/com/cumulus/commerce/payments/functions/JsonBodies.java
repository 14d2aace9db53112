package com.cumulus.commerce.payments.functions;

import com.cumulus.commerce.functions.support.Parsed;
import com.cumulus.commerce.platform.http.Json;
import com.cumulus.commerce.platform.http.Problems;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads request bodies strictly (no scalar coercion, no unknown properties); every failure is a 400 problem. */
final class JsonBodies {

    private static final ObjectMapper STRICT = strictMapper();

    private JsonBodies() {
    }

    static <T> Parsed<T> read(Optional<String> body, Class<T> type) {
        var text = body.orElse("");
        if (text.isBlank()) {
            return Parsed.failed(Problems.malformedJson("a JSON object body is required"));
        }
        try {
            var tree = STRICT.readTree(text);
            if (tree == null || !tree.isObject()) {
                return Parsed.failed(Problems.malformedJson("the body must be a JSON object"));
            }
            return Parsed.ok(STRICT.treeToValue(tree, type));
        } catch (UnrecognizedPropertyException e) {
            return Parsed.failed(Problems.invalidRequest("'" + e.getPropertyName() + "' is not a known property"));
        } catch (JsonMappingException e) {
            return Parsed.failed(Problems.invalidRequest("'" + path(e) + "' has the wrong JSON type"));
        } catch (JsonProcessingException e) {
            return Parsed.failed(Problems.malformedJson("the body is not valid JSON"));
        }
    }

    private static String path(JsonMappingException e) {
        var path = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
        return path.isEmpty() ? "body" : path;
    }

    private static ObjectMapper strictMapper() {
        var mapper = Json.mapper().copy();
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        return mapper;
    }
}
