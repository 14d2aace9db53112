package com.cumulus.commerce.payments.functions;

import com.cumulus.commerce.functions.support.CurrentCaller;
import com.cumulus.commerce.functions.support.Parsed;
import com.cumulus.commerce.payments.application.IdempotentRequests;
import com.cumulus.commerce.payments.application.IdempotentResult;
import com.cumulus.commerce.payments.application.RequestRefund;
import com.cumulus.commerce.payments.model.PaymentId;
import com.cumulus.commerce.payments.model.RefundId;
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
    private final IdempotentRequests idempotentRequests;

    public RequestRefundFunction(RequestRefund requestRefund, IdempotentRequests idempotentRequests) {
        this.requestRefund = Objects.requireNonNull(requestRefund, "'requestRefund' must not be null");
        this.idempotentRequests = Objects.requireNonNull(idempotentRequests, "'idempotentRequests' must not be null");
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
            var key = HttpResults.header(request, "Idempotency-Key");
            if (key.isEmpty()) {
                return HttpResults.problem(request, PaymentProblems.idempotencyKeyRequired());
            }
            if (!IdempotentRequests.validKey(key.get())) {
                return HttpResults.problem(request, PaymentProblems.idempotencyKeyInvalid());
            }
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
            var result = idempotentRequests.run(who, key.get(), "POST", request.getUri().getPath(),
                    request.getBody().orElse(""),
                    () -> PaymentResponses.stored(paymentId, requestRefund.request(PaymentId.of(paymentId),
                            RefundId.derive(who, key.get(), PaymentId.of(paymentId)), amount.get(), who), 201));
            if (result instanceof IdempotentResult.KeyReused) {
                return HttpResults.problem(request, PaymentProblems.idempotencyKeyReused());
            }
            if (result instanceof IdempotentResult.InFlight) {
                return HttpResults.problem(request, PaymentProblems.idempotencyKeyInFlight());
            }
            return PaymentResponses.replay(request, ((IdempotentResult.Answered) result).response());
        });
    }
}
