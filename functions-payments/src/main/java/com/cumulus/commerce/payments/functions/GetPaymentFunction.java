package com.cumulus.commerce.payments.functions;

import com.cumulus.commerce.payments.model.PaymentId;
import com.cumulus.commerce.functions.support.Answer;
import com.cumulus.commerce.functions.support.HttpRoute;
import com.cumulus.commerce.payments.application.ViewPayment;
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

/** {@code GET /api/payments/{paymentId}}: the payment, reconciled with the PSP when it stays pending too long. */
public final class GetPaymentFunction {

    private final ViewPayment viewPayment;

    public GetPaymentFunction(ViewPayment viewPayment) {
        this.viewPayment = Objects.requireNonNull(viewPayment, "'viewPayment' must not be null");
    }

    @Access(AccessPolicy.SERVICE)
    @FunctionName("GetPayment")
    public HttpResponseMessage run(
            @HttpTrigger(name = "request", methods = HttpMethod.GET, route = "payments/{paymentId}",
                    authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<Optional<String>> request,
            @BindingName("paymentId") String paymentId,
            ExecutionContext context) {
        return HttpRoute.of(request, context)
                .path(PaymentId.parse(paymentId))
                .answer(id -> viewPayment.view(id)
                        .map(payment -> Answer.ok(PaymentResource.of(payment)))
                        .orElseGet(() -> Answer.problem(PaymentProblems.paymentNotFound(id.value()))));
    }
}
