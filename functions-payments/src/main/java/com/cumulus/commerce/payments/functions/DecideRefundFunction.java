package com.cumulus.commerce.payments.functions;

import com.cumulus.commerce.functions.support.CurrentCaller;
import com.cumulus.commerce.functions.support.Parsed;
import com.cumulus.commerce.payments.application.DecideRefund;
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
        return HttpResults.guarded(request, context, () -> {
            var badId = HttpResults.badPaymentId(paymentId).or(() -> HttpResults.badRefundId(refundId));
            if (badId.isPresent()) {
                return HttpResults.problem(request, badId.get());
            }
            var parsed = JsonBodies.read(request.getBody(), ApprovalBody.class);
            if (parsed instanceof Parsed.Failed<ApprovalBody> failed) {
                return HttpResults.problem(request, failed.problem());
            }
            var approved = ((Parsed.Ok<ApprovalBody>) parsed).value().approved();
            if (approved == null) {
                return HttpResults.problem(request, Problems.invalidRequest("'approved' must be true or false"));
            }
            var caller = CurrentCaller.get();
            var result = decideRefund.decide(paymentId, refundId, approved,
                    caller.subject() == null ? "anonymous" : caller.subject());
            return PaymentResponses.replay(request, PaymentResponses.stored(paymentId, result, 200));
        });
    }
}
