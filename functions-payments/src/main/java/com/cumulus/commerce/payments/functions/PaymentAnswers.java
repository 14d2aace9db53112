package com.cumulus.commerce.payments.functions;

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
            return Answer.problem(PaymentProblems.declined(declined.payment().paymentId(),
                    declined.payment().declineReason()));
        }
        var payment = ((AuthorisationResult.Accepted) result).payment();
        return Answer.ok(Map.of("paymentId", payment.paymentId(), "status", payment.status()));
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
        var stored = PaymentResponses.stored(paymentId.value(), result, 200);
        var answer = Answer.written(stored.status(), stored.body());
        return stored.location() == null ? answer : answer.header("Location", stored.location());
    }
}
