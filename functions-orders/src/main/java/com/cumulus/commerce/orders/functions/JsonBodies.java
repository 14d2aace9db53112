package com.cumulus.commerce.orders.functions;

import com.cumulus.commerce.platform.kernel.Violation;
import com.cumulus.commerce.functions.support.JsonFieldError;
import com.cumulus.commerce.functions.support.Parsed;
import com.cumulus.commerce.functions.support.StrictJsonBodies;
import java.util.List;
import java.util.Optional;

/**
 * Reads request bodies strictly (see {@link StrictJsonBodies}): a quantity sent as "2" or a SKU sent as a number
 * is refused rather than silently converted, and a body that does not fit is a 400 naming the field as an
 * orders {@link Violation}.
 */
final class JsonBodies {

    private JsonBodies() {
    }

    static <T> Parsed<T> read(Optional<String> body, Class<T> type) {
        return StrictJsonBodies.readObject(body).then(tree -> StrictJsonBodies.convert(tree, type,
                error -> HttpResults.invalid(List.of(violation(error)))));
    }

    private static Violation violation(JsonFieldError error) {
        return new Violation(error.field(), error.message());
    }
}
