package com.cumulus.commerce.orders.functions;

import com.cumulus.commerce.platform.kernel.Violation;
import com.cumulus.commerce.functions.support.Parsed;
import com.cumulus.commerce.orders.application.CheckoutRequest;
import com.cumulus.commerce.orders.application.CheckoutResult;
import com.cumulus.commerce.orders.application.IdempotentOutcome;
import com.cumulus.commerce.orders.application.IdempotentRequests;
import com.cumulus.commerce.orders.application.PlaceOrder;
import com.cumulus.commerce.orders.application.StoredResponse;
import com.cumulus.commerce.orders.model.CartId;
import com.cumulus.commerce.platform.http.Json;
import com.cumulus.commerce.platform.http.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatusType;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A checkout request from headers to answer: the Idempotency-Key, the body, then the order placed at most once
 * per customer and key. Only a placed order's answer is kept for replay; a refusal frees the key.
 */
final class CheckoutRequests {

    static final String PATH = "/api/checkout";
    private static final Pattern KEY = Pattern.compile("[\\x20-\\x7E]{1,255}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern PAYMENT_METHOD = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");

    private final PlaceOrder placeOrder;
    private final IdempotentRequests idempotentRequests;
    private final String defaultCurrency;

    CheckoutRequests(PlaceOrder placeOrder, IdempotentRequests idempotentRequests, String defaultCurrency) {
        this.placeOrder = placeOrder;
        this.idempotentRequests = idempotentRequests;
        this.defaultCurrency = defaultCurrency;
    }

    HttpResponseMessage handle(HttpRequestMessage<Optional<String>> request, String customerId) {
        var key = HttpResults.header(request, "Idempotency-Key");
        if (key.isEmpty()) {
            return HttpResults.problem(request, OrderProblems.idempotencyKeyRequired());
        }
        if (!KEY.matcher(key.get()).matches()) {
            return HttpResults.problem(request, OrderProblems.idempotencyKeyInvalid());
        }
        var mediaType = HttpResults.unsupportedMediaType(request);
        if (mediaType.isPresent()) {
            return HttpResults.problem(request, mediaType.get());
        }
        var parsed = JsonBodies.read(request.getBody(), Bodies.CheckoutBody.class).then(this::check);
        if (parsed instanceof Parsed.Failed<Bodies.CheckoutBody> failed) {
            return HttpResults.problem(request, failed.problem());
        }
        var body = ((Parsed.Ok<Bodies.CheckoutBody>) parsed).value();
        var command = new CheckoutRequest(customerId, key.get(), body.cartId(), body.currency(), body.paymentMethod(),
                HttpResults.header(request, "traceparent").orElse(null));
        var canonical = new LinkedHashMap<String, String>();
        canonical.put("cartId", body.cartId());
        canonical.put("currency", body.currency());
        canonical.put("paymentMethod", body.paymentMethod());
        var fingerprint = IdempotentRequests.fingerprint("POST", PATH, Json.write(canonical));
        var outcome = idempotentRequests.run(customerId, key.get(), fingerprint,
                () -> answer(placeOrder.place(command)));
        if (outcome instanceof IdempotentOutcome.KeyReused) {
            return HttpResults.problem(request, OrderProblems.idempotencyKeyReused());
        }
        if (outcome instanceof IdempotentOutcome.InFlight) {
            return HttpResults.problem(request, OrderProblems.idempotencyKeyInFlight());
        }
        var answered = (IdempotentOutcome.Answered) outcome;
        return replay(request, answered.response(), answered.replayed());
    }

    /** The body with the default currency filled in, or the problems with it. */
    private Parsed<Bodies.CheckoutBody> check(Bodies.CheckoutBody body) {
        var violations = new ArrayList<Violation>();
        if (!CartId.isValid(body.cartId())) {
            violations.add(new Violation("cartId", CartId.RULE));
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
        return new StoredResponse(refusal(result).status(), null, refusal(result).toJson());
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

    private static HttpResponseMessage replay(HttpRequestMessage<?> request, StoredResponse response,
                                              boolean replayed) {
        var isProblem = response.status() >= 400;
        var builder = request.createResponseBuilder(HttpStatusType.custom(response.status()))
                .header("Content-Type", isProblem ? Problem.MEDIA_TYPE : HttpResults.JSON)
                .body(isProblem ? withInstance(response.body()) : response.body());
        if (response.location() != null) {
            builder.header("Location", response.location());
        }
        if (replayed) {
            builder.header("Idempotent-Replayed", "true");
        }
        return builder.build();
    }

    private static String withInstance(String problemJson) {
        try {
            var node = (ObjectNode) Json.mapper().readTree(problemJson);
            node.put("instance", PATH);
            return node.toString();
        } catch (JsonProcessingException e) {
            return problemJson;
        }
    }
}
