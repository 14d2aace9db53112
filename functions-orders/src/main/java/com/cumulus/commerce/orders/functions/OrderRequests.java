package com.cumulus.commerce.orders.functions;

import com.cumulus.commerce.functions.support.Parsed;
import com.cumulus.commerce.orders.application.ListOrders;
import com.cumulus.commerce.orders.model.Order;
import com.cumulus.commerce.orders.model.OrderIds;
import com.cumulus.commerce.orders.model.OrderStatus;
import com.cumulus.commerce.platform.documents.InvalidContinuationTokenException;
import com.cumulus.commerce.platform.documents.Page;
import com.cumulus.commerce.platform.http.Problem;
import com.cumulus.commerce.platform.http.Problems;
import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/** The steps every order route takes around its use case: check the id and body, write the reply. */
final class OrderRequests {

    private static final int MAX_TEXT = 200;

    private OrderRequests() {
    }

    /** 400 for an id that cannot be an order's, 404 when the use case finds no order, else its reply. */
    static HttpResponseMessage answer(HttpRequestMessage<Optional<String>> request, ExecutionContext context,
                                      String orderId, Supplier<Optional<Reply>> handle) {
        return HttpResults.guarded(request, context, () -> {
            if (!OrderIds.isValid(orderId)) {
                return HttpResults.problem(request, badOrderId());
            }
            return write(request, handle.get().orElseGet(() -> Reply.refused(HttpResults.notFound("order " + orderId))));
        });
    }

    static <B> HttpResponseMessage withBody(HttpRequestMessage<Optional<String>> request, ExecutionContext context,
                                            String orderId, Class<B> type, Function<B, Optional<Problem>> check,
                                            Function<B, Optional<Reply>> handle) {
        return HttpResults.guarded(request, context, () -> {
            if (!OrderIds.isValid(orderId)) {
                return HttpResults.problem(request, badOrderId());
            }
            var refused = HttpResults.unsupportedMediaType(request);
            if (refused.isPresent()) {
                return HttpResults.problem(request, refused.get());
            }
            var body = JsonBodies.read(request.getBody(), type);
            if (body instanceof Parsed.Failed<B> failed) {
                return HttpResults.problem(request, failed.problem());
            }
            var value = ((Parsed.Ok<B>) body).value();
            var problem = check.apply(value);
            if (problem.isPresent()) {
                return HttpResults.problem(request, problem.get());
            }
            return write(request, handle.apply(value)
                    .orElseGet(() -> Reply.refused(HttpResults.notFound("order " + orderId))));
        });
    }

    static HttpResponseMessage list(HttpRequestMessage<Optional<String>> request, ExecutionContext context,
                                    BiFunction<Integer, String, Page<Order>> list) {
        return HttpResults.guarded(request, context, () -> {
            var limitText = HttpResults.query(request, "limit");
            int limit = ListOrders.DEFAULT_LIMIT;
            if (limitText.isPresent()) {
                try {
                    limit = Integer.parseInt(limitText.get().trim());
                } catch (NumberFormatException e) {
                    limit = -1;
                }
                if (limit < 1 || limit > ListOrders.MAX_LIMIT) {
                    return HttpResults.problem(request,
                            HttpResults.invalid("limit", "must be an integer from 1 to " + ListOrders.MAX_LIMIT));
                }
            }
            var token = HttpResults.query(request, "continuationToken").filter(t -> !t.isBlank()).orElse(null);
            Page<Order> page;
            try {
                page = list.apply(limit, token);
            } catch (InvalidContinuationTokenException e) {
                return HttpResults.problem(request, Problems.invalidContinuationToken());
            }
            var body = new LinkedHashMap<String, Object>();
            body.put("items", page.items().stream().map(OrderResource::of).toList());
            page.next().ifPresent(next -> body.put("continuationToken", next));
            return HttpResults.jsonBuilder(request, 200, body).header("Cache-Control", "private, no-store").build();
        });
    }

    static Optional<Problem> checkSaga(Bodies.SagaBody body) {
        if (!isText(body.runId())) {
            return Optional.of(HttpResults.invalid("runId", "is required: 1 to " + MAX_TEXT + " characters"));
        }
        if (body.eventId() != null && !isText(body.eventId())) {
            return Optional.of(HttpResults.invalid("eventId", "must be 1 to " + MAX_TEXT + " characters"));
        }
        return Optional.empty();
    }

    static Optional<Problem> checkTransition(Bodies.TransitionBody body) {
        var names = Arrays.stream(OrderStatus.values()).map(Enum::name).toList();
        if (body.to() == null || !names.contains(body.to())) {
            return Optional.of(HttpResults.invalid("to", "must be one of " + names));
        }
        if (body.reason() != null && body.reason().length() > MAX_TEXT * 5) {
            return Optional.of(HttpResults.invalid("reason", "must be at most " + MAX_TEXT * 5 + " characters"));
        }
        return Optional.empty();
    }

    private static boolean isText(String value) {
        return value != null && !value.isBlank() && value.length() <= MAX_TEXT;
    }

    private static Problem badOrderId() {
        return HttpResults.invalid("orderId", "must be 'ord_' and 26 characters a-z, 2-7");
    }

    private static HttpResponseMessage write(HttpRequestMessage<?> request, Reply reply) {
        if (reply.problem() != null) {
            return HttpResults.problem(request, reply.problem());
        }
        return HttpResults.jsonBuilder(request, reply.status(), reply.body())
                .header("Cache-Control", "private, no-store").build();
    }
}
