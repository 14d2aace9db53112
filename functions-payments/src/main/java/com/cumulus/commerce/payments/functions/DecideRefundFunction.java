package com.cumulus.commerce.payments.functions;

import com.cumulus.commerce.payments.model.RefundId;
import com.cumulus.commerce.payments.model.PaymentId;
import com.cumulus.commerce.functions.support.HttpRoute;
import com.cumulus.commerce.functions.support.CurrentCaller;
import com.cumulus.commerce.payments.application.DecideRefund;
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

/** {@code POST /api/payments/{paymentId}/refunds/{refundId}/approval} (operator with MFA): approve or reject. */
public final class DecideRefundFunction {

    private final DecideRefund decideRefund;

    public DecideRefundFunction(DecideRefund decideRefund) {
        this.decideRefund = Objects.requireNonNull(decideRefund, "'decideRefund' must not be null");
    }

    @Access(value = AccessPolicy.OPERATOR, mfa = true)
    @FunctionName("DecideRefund")
    public HttpResponseMessage run(
            @HttpTrigger(name = "request", methods = HttpMethod.POST,
                    route = "payments/{paymentId}/refunds/{refundId}/approval",
                    authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<Optional<String>> request,
            @BindingName("paymentId") String paymentId,
            @BindingName("refundId") String refundId,
            ExecutionContext context) {
        return HttpRoute.of(request, context)
                .path(PaymentId.parse(paymentId))
                .path(RefundId.parse(refundId))
                .body(ApprovalBody.class, ApprovalBody::approval)
                .answer((payment, refund, approved) -> PaymentAnswers.of(payment, decideRefund.decide(payment, refund,
                        approved, Optional.ofNullable(CurrentCaller.get().subject()).orElse("anonymous"))));
    }
}
