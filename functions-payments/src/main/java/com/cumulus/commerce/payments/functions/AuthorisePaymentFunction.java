package com.cumulus.commerce.payments.functions;

import com.cumulus.commerce.functions.support.Parsed;
import com.cumulus.commerce.payments.application.AuthorisePayment;
import com.cumulus.commerce.payments.model.PaymentIds;
import com.cumulus.commerce.platform.http.Problems;
import com.cumulus.commerce.platform.identity.Access;
import com.cumulus.commerce.platform.identity.AccessPolicy;
import com.cumulus.commerce.platform.money.Money;
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
        return HttpResults.guarded(request, context, () -> {
            var parsed = JsonBodies.read(request.getBody(), AuthorisationBody.class);
            if (parsed instanceof Parsed.Failed<AuthorisationBody> failed) {
                return HttpResults.problem(request, failed.problem());
            }
            var body = ((Parsed.Ok<AuthorisationBody>) parsed).value();
            var amount = body.amount() == null ? Optional.<Money>empty()
                    : body.amount().toPositiveMoney();
            if (!PaymentIds.isOrderId(body.orderId()) || blank(body.customerId()) || blank(body.paymentMethod())
                    || amount.isEmpty()) {
                return HttpResults.problem(request, Problems.invalidRequest("orderId (ord_ and 26 lowercase base-32"
                        + " characters), customerId, a positive amount in an ISO 4217 currency and paymentMethod"
                        + " are required"));
            }
            return PaymentResponses.of(request, authorisePayment.authorise(body.orderId(), body.customerId(),
                    amount.get(), body.paymentMethod()));
        });
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank() || value.length() > 200;
    }
}
