package com.cumulus.commerce.payments.functions;

import com.cumulus.commerce.functions.support.CurrentCaller;
import com.cumulus.commerce.functions.support.IdempotentRoute;
import com.cumulus.commerce.functions.support.HttpRoute;
import com.cumulus.commerce.payments.application.RequestRefund;
import com.cumulus.commerce.payments.model.PaymentId;
import com.cumulus.commerce.payments.model.RefundId;
import com.cumulus.commerce.platform.identity.Access;
import com.cumulus.commerce.platform.identity.AccessPolicy;
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
        return HttpRoute.of(request, context)
                .path(PaymentId.parse(paymentId))
                .read(IdempotentRoute::key)
                .body(RefundBody.class, RefundBody::checked)
                .answer((payment, key, body) -> {
                    var who = Optional.ofNullable(CurrentCaller.get().subject()).orElse("anonymous");
                    var refund = RefundId.derive(who, key, payment);
                    return idempotentRoute.run(request, who, key, body, () -> PaymentAnswers.stored(payment,
                            requestRefund.request(payment, refund, body.money(), who), 201));
                });
    }
}
