package com.cumulus.commerce.payments.functions;

import com.cumulus.commerce.functions.support.HttpRoute;
import com.cumulus.commerce.payments.application.AuthorisePayment;
import com.cumulus.commerce.platform.identity.Access;
import com.cumulus.commerce.platform.identity.AccessPolicy;
import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.annotation.AuthorizationLevel;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import java.util.Objects;
import java.util.Optional;

/** {@code POST /api/payments}: the saga authorises an order's payment (idempotent by order id). */
public final class AuthorisePaymentFunction {

    private final AuthorisePayment authorisePayment;

    public AuthorisePaymentFunction(AuthorisePayment authorisePayment) {
        this.authorisePayment = Objects.requireNonNull(authorisePayment, "'authorisePayment' must not be null");
    }

    @Access(AccessPolicy.SERVICE)
    @FunctionName("AuthorisePayment")
    public HttpResponseMessage run(
            @HttpTrigger(name = "request", methods = HttpMethod.POST, route = "payments",
                    authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<Optional<String>> request,
            ExecutionContext context) {
        return HttpRoute.of(request, context)
                .body(AuthorisationBody.class, AuthorisationBody::authorisation)
                .answer(asked -> PaymentAnswers.of(authorisePayment.authorise(asked.orderId(), asked.customerId(),
                        asked.amount(), asked.paymentMethod())));
    }
}
