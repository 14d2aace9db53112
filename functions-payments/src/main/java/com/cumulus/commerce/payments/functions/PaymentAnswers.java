package com.cumulus.commerce.payments.functions;

import com.cumulus.commerce.platform.idempotency.StoredResponse;
import com.cumulus.commerce.platform.http.Problems;
import com.cumulus.commerce.platform.http.Problem;
import com.cumulus.commerce.platform.http.Json;
import com.cumulus.commerce.payments.model.RefundStatus;
import com.cumulus.commerce.functions.support.IdempotentRoute;
import com.cumulus.commerce.functions.support.Answer;
import com.cumulus.commerce.payments.application.AuthorisationResult;
import com.cumulus.commerce.payments.application.CaptureResult;
import com.cumulus.commerce.payments.application.RefundResult;
import com.cumulus.commerce.payments.application.VoidResult;
import com.cumulus.commerce.payments.model.PaymentId;
import java.util.Map;

/** Each payment use case's result as the answer docs/checkout.md promises. */
final class PaymentAnswers {

    private PaymentAnswers() {
    }

    static Answer of(AuthorisationResult result) {
        if (result instanceof AuthorisationResult.Declined declined) {
            return Answer.problem(PaymentProblems.declined(declined.payment().paymentId().value(),
                    declined.payment().declineReason()));
        }
        var payment = ((AuthorisationResult.Accepted) result).payment();
        return Answer.ok(Map.of("paymentId", payment.paymentId().value(), "status", payment.status()));
    }

    static Answer of(PaymentId paymentId, CaptureResult result) {
        var id = paymentId.value();
        if (result instanceof CaptureResult.Captured) {
            return Answer.ok(Map.of("paymentId", id, "status", "CAPTURED"));
        }
        if (result instanceof CaptureResult.Declined declined) {
            return Answer.problem(PaymentProblems.declined(id, declined.payment().declineReason()));
        }
        if (result instanceof CaptureResult.NotAuthorised notAuthorised) {
            return Answer.problem(PaymentProblems.notAuthorised(id, notAuthorised.status()));
        }
        if (result instanceof CaptureResult.PspFailed failed) {
            return Answer.problem(PaymentProblems.pspUnavailable(failed.reason()));
        }
        return Answer.problem(PaymentProblems.paymentNotFound(id));
    }

    static Answer of(PaymentId paymentId, VoidResult result) {
        if (result instanceof VoidResult.PspFailed failed) {
            return Answer.problem(PaymentProblems.pspUnavailable(failed.reason()));
        }
        var status = result instanceof VoidResult.Voided ? "VOIDED" : "NONE";
        return Answer.ok(Map.of("paymentId", paymentId.value(), "status", status));
    }

    /** A refund result answered as an idempotency record would store and replay it. */
    static Answer of(PaymentId paymentId, RefundResult result) {
        return IdempotentRoute.stored(stored(paymentId, result, 200), false);
    }

    /** A refund result as a response that an idempotency record can store and replay. */
    static StoredResponse stored(PaymentId payment, RefundResult result, int successStatus) {
        var paymentId = payment.value();
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

}
