package com.cumulus.commerce.orders.functions;

import com.cumulus.commerce.functions.support.Parsed;
import com.cumulus.commerce.orders.application.CartWriteResult;
import com.cumulus.commerce.orders.model.Cart;
import com.cumulus.commerce.orders.model.CartId;
import com.cumulus.commerce.platform.http.EntityTags;
import com.cumulus.commerce.platform.http.Problems;
import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/** The steps of the cart routes: check the id, read the body, map the outcome. */
final class CartRequests {

    private CartRequests() {
    }

    static HttpResponseMessage read(HttpRequestMessage<Optional<String>> request, ExecutionContext context,
                                    String cartId, Supplier<Optional<Cart>> find) {
        return HttpResults.guarded(request, context, () -> {
            if (!CartId.isValid(cartId)) {
                return HttpResults.problem(request, HttpResults.invalid("cartId", CartId.rule()));
            }
            return find.get()
                    .map(cart -> HttpResults.jsonBuilder(request, 200, CartResource.of(cart))
                            .header("ETag", EntityTags.quoted(cart.etag()))
                            .header("Cache-Control", "private, no-store")
                            .build())
                    .orElseGet(() -> HttpResults.problem(request, HttpResults.notFound("cart " + cartId)));
        });
    }

    static HttpResponseMessage write(HttpRequestMessage<Optional<String>> request, ExecutionContext context,
                                     String cartId,
                                     BiFunction<List<Cart.RequestedLine>, String, CartWriteResult> save) {
        return HttpResults.guarded(request, context, () -> {
            if (!CartId.isValid(cartId)) {
                return HttpResults.problem(request, HttpResults.invalid("cartId", CartId.rule()));
            }
            var mediaType = HttpResults.unsupportedMediaType(request);
            if (mediaType.isPresent()) {
                return HttpResults.problem(request, mediaType.get());
            }
            var body = JsonBodies.read(request.getBody(), Bodies.CartBody.class);
            if (body instanceof Parsed.Failed<Bodies.CartBody> failed) {
                return HttpResults.problem(request, failed.problem());
            }
            var lines = ((Parsed.Ok<Bodies.CartBody>) body).value().lines();
            if (lines == null) {
                return HttpResults.problem(request, HttpResults.invalid("lines", "is required (an array)"));
            }
            var requested = lines.stream()
                    .map(line -> line == null ? null : new Cart.RequestedLine(line.sku(), line.quantity()))
                    .toList();
            return respond(request, save.apply(requested, HttpResults.header(request, "If-Match").orElse(null)));
        });
    }

    private static HttpResponseMessage respond(HttpRequestMessage<?> request, CartWriteResult result) {
        if (result instanceof CartWriteResult.Saved saved) {
            var builder = HttpResults.jsonBuilder(request, saved.created() ? 201 : 200, CartResource.of(saved.cart()))
                    .header("ETag", EntityTags.quoted(saved.cart().etag()));
            if (saved.created()) {
                builder.header("Location", "/api/carts/" + saved.cart().id());
            }
            return builder.build();
        }
        if (result instanceof CartWriteResult.Invalid invalid) {
            return HttpResults.problem(request, HttpResults.invalid(invalid.violations()));
        }
        if (result instanceof CartWriteResult.NotFound notFound) {
            return HttpResults.problem(request, HttpResults.notFound("cart " + notFound.cartId()));
        }
        if (result instanceof CartWriteResult.PreconditionRequired required) {
            return HttpResults.problem(request, Problems.preconditionRequired(required.detail()));
        }
        return HttpResults.problem(request,
                Problems.preconditionFailed(((CartWriteResult.PreconditionFailed) result).detail()));
    }
}
