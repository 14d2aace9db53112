package com.cumulus.commerce.functions.support;

import com.cumulus.commerce.platform.http.Json;
import com.cumulus.commerce.platform.http.Problem;
import com.cumulus.commerce.platform.http.Problems;
import com.cumulus.commerce.platform.kernel.Checked;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads request bodies strictly: the shared mapper's settings plus no scalar coercion, so a quantity sent as "2",
 * a flag sent as "true" or a name sent as a number is refused rather than silently converted. Malformed JSON is a
 * 400 problem here; a body that does not fit its type is a 400 {@code invalid-request} naming the field
 * ({@link #read}), or a {@link JsonFieldError} for a caller that reports it otherwise (a merge patch).
 */
public final class StrictJsonBodies {

    private static final ObjectMapper STRICT = strictMapper();
    private static final int MAX_NESTING_DEPTH =
            STRICT.getFactory().streamReadConstraints().getMaxNestingDepth();

    private StrictJsonBodies() {
    }

    /**
     * The body as a value of {@code type}: 400 {@code malformed-json} for what is not a JSON object, 400
     * {@code invalid-request} naming the field that does not fit.
     */
    public static <T> Checked<T, Problem> read(Optional<String> body, Class<T> type) {
        return readObject(body).then(tree -> convert(tree, type, error -> Problems.invalid(error.field(),
                error.message())));
    }

    /** The body as a JSON object tree. */
    public static Checked<JsonNode, Problem> readObject(Optional<String> body) {
        var text = body.orElse("");
        if (text.isBlank()) {
            return Checked.refused(Problems.malformedJson("a JSON object body is required"));
        }
        JsonNode tree;
        try {
            tree = STRICT.readTree(text);
        } catch (JsonProcessingException e) {
            return Checked.refused(Problems.malformedJson(describe(e)));
        }
        if (tree == null || !tree.isObject()) {
            return Checked.refused(Problems.malformedJson("the body must be a JSON object"));
        }
        return Checked.valid(tree);
    }

    /**
     * What is wrong with a body the parser refused, for the client. A body past the parser's limits (nesting depth,
     * number or string length) is refused before it is read whole, and that exception carries no location.
     */
    public static String describe(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return "the body is nested deeper than " + MAX_NESTING_DEPTH
                    + " levels or holds a number or string longer than JSON bodies may";
        }
        var location = e.getLocation();
        if (location == null || location.getLineNr() < 1) {
            return "the body is not valid JSON";
        }
        return "the body is not valid JSON (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /**
     * The tree as a value of {@code type}; when a field does not fit, the problem {@code invalid} makes of it.
     */
    public static <T> Checked<T, Problem> convert(JsonNode tree, Class<T> type,
                                                 Function<JsonFieldError, Problem> invalid) {
        try {
            return Checked.valid(STRICT.treeToValue(tree, type));
        } catch (JsonProcessingException e) {
            return Checked.refused(invalid.apply(fieldError(e)));
        } catch (IllegalArgumentException e) {
            return Checked.refused(Problems.invalidRequest("the body does not fit the expected shape"));
        }
    }

    /** The tree as a value of {@code type}, for callers that turn a misfit into something other than a problem. */
    public static <T> T value(JsonNode tree, Class<T> type) throws JsonProcessingException {
        return STRICT.treeToValue(tree, type);
    }

    /** Which field a failed read got wrong, as a dotted path (or "body"), and how. */
    public static JsonFieldError fieldError(JsonProcessingException e) {
        var field = e instanceof JsonMappingException mapping ? path(mapping.getPath()) : "";
        if (e instanceof UnrecognizedPropertyException unknown) {
            var name = field.isEmpty() ? unknown.getPropertyName() : field;
            return new JsonFieldError(name, "is not a known property");
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return new JsonFieldError(field.isEmpty() ? "body" : field,
                    "must be " + describe(mismatch.getTargetType()));
        }
        return new JsonFieldError(field.isEmpty() ? "body" : field, "has the wrong JSON type");
    }

    private static String path(List<JsonMappingException.Reference> references) {
        var out = new StringBuilder();
        for (var reference : references) {
            if (reference.getFieldName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                out.append('[').append(reference.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String describe(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return "an integer";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        if (List.class.isAssignableFrom(type)) {
            return "an array";
        }
        return type.isRecord() ? "an object" : "a " + type.getSimpleName();
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
        mapper.coercionConfigFor(LogicalType.Map)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Collection)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        return mapper;
    }
}
