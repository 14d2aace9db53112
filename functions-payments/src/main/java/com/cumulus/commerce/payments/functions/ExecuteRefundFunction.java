package com.cumulus.commerce.payments.functions;

import com.cumulus.commerce.payments.model.RefundId;
import com.cumulus.commerce.payments.model.PaymentId;
import com.cumulus.commerce.functions.support.HttpRoute;
import com.cumulus.commerce.payments.application.RefundExecution;
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

/** {@code POST /api/payments/{paymentId}/refunds/{refundId}/execute}: the workflow executes an approved refund once. */
public final class ExecuteRefundFunction {

    private final RefundExecution refundExecution;

    public ExecuteRefundFunction(RefundExecution refundExecution) {
        this.refundExecution = Objects.requireNonNull(refundExecution, "'refundExecution' must not be null");
    }

    @Access(AccessPolicy.SERVICE)
    @FunctionName("ExecuteRefund")
    public HttpResponseMessage run(
            @HttpTrigger(name = "request", methods = HttpMethod.POST,
                    route = "payments/{paymentId}/refunds/{refundId}/execute",
                    authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<Optional<String>> request,
            @BindingName("paymentId") String paymentId,
            @BindingName("refundId") String refundId,
            ExecutionContext context) {
        return HttpRoute.of(request, context)
                .path(PaymentId.parse(paymentId))
                .path(RefundId.parse(refundId))
                .answer((payment, refund) -> PaymentAnswers.of(payment, refundExecution.execute(payment, refund)));
    }
}
