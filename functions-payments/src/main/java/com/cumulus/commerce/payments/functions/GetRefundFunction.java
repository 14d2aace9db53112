package com.cumulus.commerce.payments.functions;

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
        return HttpResults.guarded(request, context, () -> HttpResults.badPaymentId(paymentId)
                .or(() -> HttpResults.badRefundId(refundId))
                .map(problem -> HttpResults.problem(request, problem))
                .orElseGet(() -> viewRefund.view(paymentId, refundId)
                        .map(refund -> HttpResults.json(request, 200, RefundResource.of(paymentId, refund)))
                        .orElseGet(() -> HttpResults.problem(request,
                                Problems.notFound("refund " + refundId + " does not exist")))));
    }
}
