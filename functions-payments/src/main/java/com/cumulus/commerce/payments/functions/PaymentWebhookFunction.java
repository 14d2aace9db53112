package com.cumulus.commerce.payments.functions;

import com.cumulus.commerce.functions.support.RequestHeaders;
import com.cumulus.commerce.functions.support.Answer;
import com.cumulus.commerce.functions.support.HttpRoute;
import com.cumulus.commerce.payments.application.ReceivePaymentWebhook;
import com.cumulus.commerce.payments.application.WebhookDelivery;
import com.cumulus.commerce.payments.application.WebhookResult;
import com.cumulus.commerce.platform.identity.Access;
import com.cumulus.commerce.platform.identity.AccessPolicy;
import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.annotation.AuthorizationLevel;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code POST /api/webhooks/payments}: the PSP's signed webhooks. Anonymous at the edge: the Standard Webhooks
 * signature is the authentication.
 */
public final class PaymentWebhookFunction {

    private final ReceivePaymentWebhook receivePaymentWebhook;

    public PaymentWebhookFunction(ReceivePaymentWebhook receivePaymentWebhook) {
        this.receivePaymentWebhook = Objects.requireNonNull(receivePaymentWebhook,
                "'receivePaymentWebhook' must not be null");
    }

    @Access(AccessPolicy.ANONYMOUS)
    @FunctionName("PaymentWebhook")
    public HttpResponseMessage run(
            @HttpTrigger(name = "request", methods = HttpMethod.POST, route = "webhooks/payments",
                    authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<Optional<String>> request,
            ExecutionContext context) {
        return HttpRoute.of(request, context).answer(() -> {
            var result = receivePaymentWebhook.receive(new WebhookDelivery(
                    RequestHeaders.get(request, "webhook-id"),
                    RequestHeaders.get(request, "webhook-timestamp"),
                    RequestHeaders.get(request, "webhook-signature"),
                    request.getBody().orElse("")));
            if (result instanceof WebhookResult.Unauthenticated refused) {
                context.getLogger().warning("refused a payment webhook: " + refused.reason());
                return Answer.problem(PaymentProblems.webhookUnauthenticated(refused.reason()));
            }
            if (result instanceof WebhookResult.Malformed malformed) {
                return Answer.problem(PaymentProblems.webhookMalformed(malformed.reason()));
            }
            if (result instanceof WebhookResult.UnknownPayment unknown) {
                context.getLogger().warning("payment webhook for unknown payment " + unknown.paymentId()
                        + " accepted and ignored");
                return Answer.json(202, Map.of("status", "IGNORED"));
            }
            var duplicate = ((WebhookResult.Accepted) result).duplicate();
            return Answer.ok(Map.of("status", duplicate ? "DUPLICATE" : "PROCESSED"));
        });
    }
}
