package com.cumulus.commerce.payments.functions;

import com.cumulus.commerce.payments.model.PaymentId;
import com.cumulus.commerce.functions.support.HttpRoute;
import com.cumulus.commerce.payments.application.CapturePayment;
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

/** {@code POST /api/payments/{paymentId}/capture}: takes the authorised money, once. */
public final class CapturePaymentFunction {

    private final CapturePayment capturePayment;

    public CapturePaymentFunction(CapturePayment capturePayment) {
        this.capturePayment = Objects.requireNonNull(capturePayment, "'capturePayment' must not be null");
    }

    @Access(AccessPolicy.SERVICE)
    @FunctionName("CapturePayment")
    public HttpResponseMessage run(
            @HttpTrigger(name = "request", methods = HttpMethod.POST, route = "payments/{paymentId}/capture",
                    authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<Optional<String>> request,
            @BindingName("paymentId") String paymentId,
            ExecutionContext context) {
        return HttpRoute.of(request, context)
                .path(PaymentId.parse(paymentId))
                .answer(id -> PaymentAnswers.of(id, capturePayment.capture(id)));
    }
}
