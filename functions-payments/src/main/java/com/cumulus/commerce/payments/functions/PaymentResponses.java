package com.cumulus.commerce.payments.functions;

import com.cumulus.commerce.payments.application.AuthorisationResult;
import com.cumulus.commerce.payments.application.CaptureResult;
import com.cumulus.commerce.payments.application.RefundResult;
import com.cumulus.commerce.payments.application.VoidResult;
import com.cumulus.commerce.payments.model.RefundStatus;
import com.cumulus.commerce.functions.support.IdempotentRoute;
import com.cumulus.commerce.platform.http.Json;
import com.cumulus.commerce.platform.http.Problem;
import com.cumulus.commerce.platform.http.Problems;
import com.cumulus.commerce.platform.idempotency.StoredResponse;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import java.util.Map;

/** Each use case's result as the HTTP answer docs/checkout.md promises. */
final class PaymentResponses {

    private PaymentResponses() {
    }

    static HttpResponseMessage of(HttpRequestMessage<?> request, AuthorisationResult result) {
        if (result instanceof AuthorisationResult.Declined declined) {
            return HttpResults.problem(request, PaymentProblems.declined(declined.payment().paymentId(),
                    declined.payment().declineReason()));
        }
        var payment = ((AuthorisationResult.Accepted) result).payment();
        return HttpResults.json(request, 200, Map.of("paymentId", payment.paymentId(), "status", payment.status()));
    }

    static HttpResponseMessage of(HttpRequestMessage<?> request, String paymentId, CaptureResult result) {
        if (result instanceof CaptureResult.Captured captured) {
            return HttpResults.json(request, 200, Map.of("paymentId", paymentId, "status", "CAPTURED"));
        }
        if (result instanceof CaptureResult.Declined declined) {
            return HttpResults.problem(request, PaymentProblems.declined(paymentId, declined.payment().declineReason()));
        }
        if (result instanceof CaptureResult.NotAuthorised notAuthorised) {
            return HttpResults.problem(request, PaymentProblems.notAuthorised(paymentId, notAuthorised.status()));
        }
        if (result instanceof CaptureResult.PspFailed failed) {
            return HttpResults.problem(request, PaymentProblems.pspUnavailable(failed.reason()));
        }
        return HttpResults.problem(request, PaymentProblems.paymentNotFound(paymentId));
    }

    static HttpResponseMessage of(HttpRequestMessage<?> request, String paymentId, VoidResult result) {
        if (result instanceof VoidResult.PspFailed failed) {
            return HttpResults.problem(request, PaymentProblems.pspUnavailable(failed.reason()));
        }
        var status = result instanceof VoidResult.Voided ? "VOIDED" : "NONE";
        return HttpResults.json(request, 200, Map.of("paymentId", paymentId, "status", status));
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
        return StoredResponse.of(refusal(result));
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
        return IdempotentRoute.response(request, response, false);
    }
}
