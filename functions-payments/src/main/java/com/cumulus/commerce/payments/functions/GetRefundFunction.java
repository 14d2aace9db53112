package com.cumulus.commerce.payments.functions;

import com.cumulus.commerce.payments.model.RefundId;
import com.cumulus.commerce.payments.model.PaymentId;
import com.cumulus.commerce.functions.support.Answer;
import com.cumulus.commerce.functions.support.HttpRoute;
import com.cumulus.commerce.payments.application.ViewRefund;
import com.cumulus.commerce.platform.http.Problems;
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

/** {@code GET /api/payments/{paymentId}/refunds/{refundId}}: the refund, for the approval workflow. */
public final class GetRefundFunction {

    private final ViewRefund viewRefund;

    public GetRefundFunction(ViewRefund viewRefund) {
        this.viewRefund = Objects.requireNonNull(viewRefund, "'viewRefund' must not be null");
    }

    @Access(AccessPolicy.SERVICE)
    @FunctionName("GetRefund")
    public HttpResponseMessage run(
            @HttpTrigger(name = "request", methods = HttpMethod.GET, route = "payments/{paymentId}/refunds/{refundId}",
                    authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<Optional<String>> request,
            @BindingName("paymentId") String paymentId,
            @BindingName("refundId") String refundId,
            ExecutionContext context) {
        return HttpRoute.of(request, context)
                .path(PaymentId.parse(paymentId))
                .path(RefundId.parse(refundId))
                .answer((payment, refund) -> viewRefund.view(payment, refund)
                        .map(found -> Answer.ok(RefundResource.of(payment.value(), found)))
                        .orElseGet(() -> Answer.problem(Problems.notFound("refund " + refund + " does not exist"))));
    }
}
