package com.cumulus.commerce.catalog.functions;

import com.cumulus.commerce.catalog.application.Preconditions;
import com.cumulus.commerce.functions.support.Parsed;
import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The steps every request on one SKU takes before and after its use case, kept in one place so the
 * product and stock endpoints refuse bad input the same way (same checks, same order, same problems).
 */
final class SkuRequests {

    private SkuRequests() {
    }

    /** A read: 400 for a malformed SKU, 404 naming {@code what} when nothing is stored, else {@code answer}. */
    static <T> HttpResponseMessage read(HttpRequestMessage<Optional<String>> request, ExecutionContext context,
                                        String sku, String what, Function<String, Optional<T>> find,
                                        Function<T, HttpResponseMessage> answer) {
        return HttpResults.guarded(request, context, () -> {
            var badSku = HttpResults.badSku(sku);
            if (badSku.isPresent()) {
                return HttpResults.problem(request, badSku.get());
            }
            return find.apply(sku)
                    .map(answer)
                    .orElseGet(() -> HttpResults.problem(request, HttpResults.notFound(what)));
        });
    }

    /**
     * A write: 400 for a malformed SKU, 415 for a Content-Type not in {@code mediaTypes}, 400 for a body
     * {@code readBody} refuses; otherwise {@code write} gets the body and the request's conditional headers.
     */
    static <B> HttpResponseMessage write(HttpRequestMessage<Optional<String>> request, ExecutionContext context,
                                         String sku, List<String> mediaTypes,
                                         Function<Optional<String>, Parsed<B>> readBody,
                                         BiFunction<B, Preconditions, HttpResponseMessage> write) {
        return HttpResults.guarded(request, context, () -> {
            var refused = HttpResults.badSku(sku).or(() -> HttpResults.unsupportedMediaType(request, mediaTypes));
            if (refused.isPresent()) {
                return HttpResults.problem(request, refused.get());
            }
            var body = readBody.apply(request.getBody());
            if (body instanceof Parsed.Failed<B> failed) {
                return HttpResults.problem(request, failed.problem());
            }
            var preconditions = new Preconditions(HttpResults.header(request, "If-Match").orElse(null),
                    HttpResults.header(request, "If-None-Match").orElse(null));
            return write.apply(((Parsed.Ok<B>) body).value(), preconditions);
        });
    }
}
