package com.cumulus.commerce.orders.functions;

import com.cumulus.commerce.functions.support.IdempotentRoute;
import com.cumulus.commerce.functions.support.Parsed;
import com.cumulus.commerce.orders.application.CheckoutRequest;
import com.cumulus.commerce.orders.application.CheckoutResult;
import com.cumulus.commerce.orders.application.PlaceOrder;
import com.cumulus.commerce.orders.model.CartId;
import com.cumulus.commerce.orders.model.Violation;
import com.cumulus.commerce.platform.http.Json;
import com.cumulus.commerce.platform.http.Problem;
import com.cumulus.commerce.platform.idempotency.StoredResponse;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A checkout request from headers to answer: the Idempotency-Key, the body, then the order placed at most once
 * per customer and key. Only a placed order's answer is kept for replay; a refusal frees the key.
 */
final class CheckoutRequests {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern PAYMENT_METHOD = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");

    private final PlaceOrder placeOrder;
    private final IdempotentRoute idempotentRoute;
    private final String defaultCurrency;

    CheckoutRequests(PlaceOrder placeOrder, IdempotentRoute idempotentRoute, String defaultCurrency) {
        this.placeOrder = placeOrder;
        this.idempotentRoute = idempotentRoute;
        this.defaultCurrency = defaultCurrency;
    }

    HttpResponseMessage handle(HttpRequestMessage<Optional<String>> request, String customerId) {
        var key = IdempotentRoute.key(request);
        if (key instanceof Parsed.Failed<String> bad) {
            return HttpResults.problem(request, bad.problem());
        }
        var idempotencyKey = ((Parsed.Ok<String>) key).value();
        var mediaType = HttpResults.unsupportedMediaType(request);
        if (mediaType.isPresent()) {
            return HttpResults.problem(request, mediaType.get());
        }
        var parsed = JsonBodies.read(request.getBody(), Bodies.CheckoutBody.class).then(this::check);
        if (parsed instanceof Parsed.Failed<Bodies.CheckoutBody> failed) {
            return HttpResults.problem(request, failed.problem());
        }
        var body = ((Parsed.Ok<Bodies.CheckoutBody>) parsed).value();
        var command = new CheckoutRequest(customerId, idempotencyKey, body.cartId(), body.currency(),
                body.paymentMethod(), HttpResults.header(request, "traceparent").orElse(null));
        return idempotentRoute.answer(request, customerId, idempotencyKey, body,
                () -> answer(placeOrder.place(command)));
    }

    /** The body with the default currency filled in, or the problems with it. */
    private Parsed<Bodies.CheckoutBody> check(Bodies.CheckoutBody body) {
        var violations = new ArrayList<Violation>();
        if (!CartId.isValid(body.cartId())) {
            violations.add(new Violation("cartId", CartId.rule()));
        }
        var currency = body.currency() == null ? defaultCurrency : body.currency();
        if (!CURRENCY.matcher(currency).matches() || !isCurrency(currency)) {
            violations.add(new Violation("currency", "must be an ISO 4217 code such as EUR"));
        }
        if (body.paymentMethod() == null || !PAYMENT_METHOD.matcher(body.paymentMethod()).matches()) {
            violations.add(new Violation("paymentMethod",
                    "is required: 1 to 100 letters, digits, '_', '.', ':' or '-' (e.g. pm_sim_approve)"));
        }
        if (!violations.isEmpty()) {
            return Parsed.failed(HttpResults.invalid(violations));
        }
        return Parsed.ok(new Bodies.CheckoutBody(body.cartId(), currency, body.paymentMethod()));
    }

    private static boolean isCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static StoredResponse answer(CheckoutResult result) {
        if (result instanceof CheckoutResult.Placed placed) {
            return new StoredResponse(202, OrderResource.location(placed.order()),
                    Json.write(OrderResource.of(placed.order())));
        }
        return StoredResponse.of(refusal(result));
    }

    private static Problem refusal(CheckoutResult result) {
        if (result instanceof CheckoutResult.CartNotFound notFound) {
            return HttpResults.notFound("cart " + notFound.cartId());
        }
        if (result instanceof CheckoutResult.CartEmpty empty) {
            return OrderProblems.cartEmpty(empty.cartId());
        }
        if (result instanceof CheckoutResult.Unpriced unpriced) {
            return OrderProblems.priceUnavailable(unpriced.skus(), unpriced.currency());
        }
        return OrderProblems.catalogUnavailable();
    }
}
