package com.cumulus.commerce.catalog.functions;

import com.cumulus.commerce.catalog.application.ProductPatch;
import com.cumulus.commerce.catalog.model.Violation;
import com.cumulus.commerce.functions.support.JsonFieldError;
import com.cumulus.commerce.functions.support.Parsed;
import com.cumulus.commerce.functions.support.StrictJsonBodies;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * Reads request bodies strictly (see {@link StrictJsonBodies}): a title sent as a number or an amount sent as "12"
 * is refused rather than silently converted, and a body that does not fit is a 400 naming the field as a
 * catalog {@link Violation}.
 */
final class JsonBodies {

    private JsonBodies() {
    }

    static <T> Parsed<T> read(Optional<String> body, Class<T> type) {
        return StrictJsonBodies.readObject(body).then(tree -> StrictJsonBodies.convert(tree, type,
                error -> HttpResults.invalid(List.of(violation(error)))));
    }

    /** The tree as a product, or the violation that stops it being one. */
    static ProductPatch.Outcome product(JsonNode tree) {
        try {
            return StrictJsonBodies.value(tree, ProductBody.class).toProduct();
        } catch (JsonProcessingException e) {
            return new ProductPatch.Outcome.Rejected(List.of(violation(StrictJsonBodies.fieldError(e))));
        }
    }

    private static Violation violation(JsonFieldError error) {
        return new Violation(error.field(), error.message());
    }
}
