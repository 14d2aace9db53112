package com.cumulus.commerce.payments.functions;

import com.cumulus.commerce.payments.model.PaymentId;
import com.cumulus.commerce.functions.support.HttpRoute;
import com.cumulus.commerce.payments.application.VoidPayment;
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

/** {@code POST /api/payments/{paymentId}/void}: releases the authorisation, or refunds a captured payment in full. */
public final class VoidPaymentFunction {

    private final VoidPayment voidPayment;

    public VoidPaymentFunction(VoidPayment voidPayment) {
        this.voidPayment = Objects.requireNonNull(voidPayment, "'voidPayment' must not be null");
    }

    @Access(AccessPolicy.SERVICE)
    @FunctionName("VoidPayment")
    public HttpResponseMessage run(
            @HttpTrigger(name = "request", methods = HttpMethod.POST, route = "payments/{paymentId}/void",
                    authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<Optional<String>> request,
            @BindingName("paymentId") String paymentId,
            ExecutionContext context) {
        return HttpRoute.of(request, context)
                .path(PaymentId.parse(paymentId))
                .answer(id -> PaymentAnswers.of(id, voidPayment.voidPayment(id)));
    }
}
