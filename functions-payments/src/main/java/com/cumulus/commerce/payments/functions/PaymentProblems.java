package com.cumulus.commerce.payments.functions;

import com.cumulus.commerce.platform.http.Problem;
import com.cumulus.commerce.platform.http.Problems;

/** The payments app's problem types; each {@code type} is stable and documented in openapi.yaml. */
final class PaymentProblems {

    private PaymentProblems() {
    }

    static Problem declined(String paymentId, String reason) {
        return Problem.of("payment-declined", "Payment declined", 402,
                "payment " + paymentId + " was declined" + (reason == null ? "" : ": " + reason))
                .with("paymentId", paymentId);
    }

    static Problem notAuthorised(String paymentId, Object status) {
        return Problem.of("payment-not-authorised", "Payment not authorised", 409,
                "payment " + paymentId + " is " + status + "; only an AUTHORISED payment can be captured")
                .with("paymentStatus", status.toString());
    }

    static Problem pspUnavailable(String reason) {
        return Problem.of("psp-unavailable", "Payment provider unavailable", 502,
                "the payment provider failed: " + reason + "; try again");
    }

    static Problem paymentNotFound(String paymentId) {
        return Problems.notFound("payment " + paymentId + " does not exist");
    }

    static Problem notCaptured(Object status) {
        return Problem.of("payment-not-captured", "Payment not captured", 409,
                "the payment is " + status + "; only captured money can be refunded").with("paymentStatus", status.toString());
    }

    static Problem exceedsRefundable(long requested, long refundable, String currency) {
        return Problem.of("refund-exceeds-captured", "Refund exceeds the captured amount", 422,
                "a refund of " + requested + " " + currency + " exceeds the " + refundable + " " + currency
                        + " still refundable").with("refundable", refundable);
    }

    static Problem currencyMismatch(String expected) {
        return Problem.of("refund-currency-mismatch", "Refund currency differs from the payment's", 422,
                "refunds of this payment are in " + expected);
    }

    static Problem refundState(String detail) {
        return Problem.of("refund-state-conflict", "Refund state conflict", 409, detail);
    }

    static Problem webhookUnauthenticated(String reason) {
        return Problem.of("webhook-signature-invalid", "Webhook not authenticated", 401, reason);
    }

    static Problem webhookMalformed(String reason) {
        return Problem.of("webhook-malformed", "Malformed webhook", 400, reason);
    }
}
