package com.cumulus.commerce.payments.functions;

import com.cumulus.commerce.payments.application.RefundResult;
import com.cumulus.commerce.payments.application.StoredResponse;
import com.cumulus.commerce.payments.model.RefundStatus;
import com.cumulus.commerce.platform.http.Json;
import com.cumulus.commerce.platform.http.Problem;
import com.cumulus.commerce.platform.http.Problems;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatusType;

/** A refund's result as the stored answer an Idempotency-Key replays. */
final class PaymentResponses {

    private PaymentResponses() {
    }

    /** A refund result as a response that an idempotency record can store and replay. */
    static StoredResponse stored(String paymentId, RefundResult result, int successStatus) {
        if (result instanceof RefundResult.Completed completed) {
            var refund = RefundResource.of(paymentId, completed.refund());
            return new StoredResponse(successStatus, RefundResource.location(paymentId, refund.refundId()),
                    Json.write(refund));
        }
        if (result instanceof RefundResult.Recorded recorded) {
            var refund = RefundResource.of(paymentId, recorded.refund());
            var status = recorded.refund().status() == RefundStatus.PENDING_APPROVAL && successStatus == 201
                    ? 202 : 200;
            return new StoredResponse(status, RefundResource.location(paymentId, refund.refundId()), Json.write(refund));
        }
        var problem = refusal(result);
        return new StoredResponse(problem.status(), null, problem.toJson());
    }

    private static Problem refusal(RefundResult result) {
        if (result instanceof RefundResult.NotFound notFound) {
            return Problems.notFound(notFound.what() + " does not exist");
        }
        if (result instanceof RefundResult.NotCaptured notCaptured) {
            return PaymentProblems.notCaptured(notCaptured.status());
        }
        if (result instanceof RefundResult.ExceedsRefundable exceeds) {
            return PaymentProblems.exceedsRefundable(exceeds.requested().amount(), exceeds.refundable().amount(),
                    exceeds.refundable().currency());
        }
        if (result instanceof RefundResult.CurrencyMismatch mismatch) {
            return PaymentProblems.currencyMismatch(mismatch.expected());
        }
        if (result instanceof RefundResult.WrongState wrongState) {
            return PaymentProblems.refundState(wrongState.detail());
        }
        return PaymentProblems.pspUnavailable(((RefundResult.PspFailed) result).reason());
    }

    static HttpResponseMessage replay(HttpRequestMessage<?> request, StoredResponse response) {
        var builder = request.createResponseBuilder(HttpStatusType.custom(response.status()))
                .header("Content-Type", response.status() >= 400 ? "application/problem+json" : HttpResults.JSON)
                .body(response.body());
        if (response.location() != null) {
            builder.header("Location", response.location());
        }
        return builder.build();
    }
}
