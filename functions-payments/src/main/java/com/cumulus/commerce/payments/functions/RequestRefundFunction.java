package com.cumulus.commerce.payments.functions;

import com.cumulus.commerce.functions.support.CurrentCaller;
import com.cumulus.commerce.functions.support.IdempotentRoute;
import com.cumulus.commerce.functions.support.Parsed;
import com.cumulus.commerce.payments.application.RequestRefund;
import com.cumulus.commerce.payments.model.RefundIds;
import com.cumulus.commerce.platform.http.Problems;
import com.cumulus.commerce.platform.identity.Access;
import com.cumulus.commerce.platform.identity.AccessPolicy;
import com.cumulus.commerce.platform.money.Money;
import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.annotation.AuthorizationLevel;
import com.microsoft.azure.functions.annotation.BindingName;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code POST /api/payments/{paymentId}/refunds} (operator, {@code Idempotency-Key}): 201 when refunded at once,
 * 202 when it waits for approval.
 */
public final class RequestRefundFunction {

    private final RequestRefund requestRefund;
    private final IdempotentRoute idempotentRoute;

    public RequestRefundFunction(RequestRefund requestRefund, IdempotentRoute idempotentRoute) {
        this.requestRefund = Objects.requireNonNull(requestRefund, "'requestRefund' must not be null");
        this.idempotentRoute = Objects.requireNonNull(idempotentRoute, "'idempotentRoute' must not be null");
    }

    @Access(AccessPolicy.OPERATOR)
    @FunctionName("RequestRefund")
    public HttpResponseMessage run(
            @HttpTrigger(name = "request", methods = HttpMethod.POST, route = "payments/{paymentId}/refunds",
                    authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<Optional<String>> request,
            @BindingName("paymentId") String paymentId,
            ExecutionContext context) {
        return HttpResults.guarded(request, context, () -> {
            var badId = HttpResults.badPaymentId(paymentId);
            if (badId.isPresent()) {
                return HttpResults.problem(request, badId.get());
            }
            var key = IdempotentRoute.key(request);
            if (key instanceof Parsed.Failed<String> bad) {
                return HttpResults.problem(request, bad.problem());
            }
            var idempotencyKey = ((Parsed.Ok<String>) key).value();
            var parsed = JsonBodies.read(request.getBody(), RefundBody.class);
            if (parsed instanceof Parsed.Failed<RefundBody> failed) {
                return HttpResults.problem(request, failed.problem());
            }
            var body = ((Parsed.Ok<RefundBody>) parsed).value();
            var amount = body.amount() == null ? Optional.<Money>empty()
                    : body.amount().toPositiveMoney();
            if (amount.isEmpty()) {
                return HttpResults.problem(request, Problems.invalidRequest(
                        "'amount' must be a positive amount in minor units with an ISO 4217 currency"));
            }
            var caller = CurrentCaller.get();
            var who = caller.subject() == null ? "anonymous" : caller.subject();
            return idempotentRoute.answer(request, who, idempotencyKey, body,
                    () -> PaymentResponses.stored(paymentId, requestRefund.request(paymentId,
                            RefundIds.derive(who, idempotencyKey, paymentId), amount.get(), who), 201));
        });
    }
}
