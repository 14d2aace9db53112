package com.cumulus.commerce.payments.functions;

import static com.cumulus.commerce.functions.support.testing.Responses.body;
import static com.cumulus.commerce.functions.support.testing.Responses.status;
import static com.cumulus.commerce.payments.functions.PaymentsFixture.assertProblem;
import static com.cumulus.commerce.payments.functions.PaymentsFixture.orderId;
import static com.cumulus.commerce.payments.functions.PaymentsFixture.paymentIdOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CapturePaymentTest extends WithPaymentsFixture {

    @Test
    void captureWritesOneBalancedLedgerEntry() {
        var orderId = orderId();
        var paymentId = paymentIdOf(orderId);
        fixture.authorise(orderId, 12_345, "pm_sim_approve");

        var first = fixture.capture(paymentId);
        var repeat = fixture.capture(paymentId);

        assertThat(status(first)).isEqualTo(200);
        assertThat(body(first).path("status").asText()).isEqualTo("CAPTURED");
        assertThat(status(repeat)).isEqualTo(200);
        assertThat(fixture.ledgerLines(paymentId)).containsExactly(
                "capture:" + paymentId + " psp-clearing 12345", "capture:" + paymentId + " sales -12345");
        assertThat(fixture.unbalancedEntries()).isEmpty();
        assertThat(body(fixture.get(paymentId)).path("capturedAmount").path("amount").asLong()).isEqualTo(12_345);
    }

    @Test
    void pendingPaymentIs409AndDeclinedIs402() {
        var pending = orderId();
        var declined = orderId();
        fixture.authorise(pending, 1000, "pm_sim_timeout");
        fixture.authorise(declined, 1000, "pm_sim_decline");

        var stillPending = fixture.capture(paymentIdOf(pending));
        assertProblem(stillPending, 409, "payment-not-authorised");
        assertThat(body(stillPending).path("status").asInt()).isEqualTo(409);
        assertThat(body(stillPending).path("paymentStatus").asText()).isEqualTo("PENDING");
        assertProblem(fixture.capture(paymentIdOf(declined)), 402, "payment-declined");
        assertProblem(fixture.capture(paymentIdOf(orderId())), 404, "not-found");
        assertProblem(fixture.capture("pay_NOT-AN-ID"), 400, "invalid-request");
    }

    @Test
    void pspCaptureErrorIs502AndLeavesThePaymentAuthorised() {
        var orderId = orderId();
        var paymentId = paymentIdOf(orderId);
        fixture.authorise(orderId, 1000, "pm_sim_capture_error");

        assertProblem(fixture.capture(paymentId), 502, "psp-unavailable");
        assertThat(fixture.status(paymentId)).isEqualTo("AUTHORISED");
        assertThat(fixture.ledgerLines(paymentId)).isEmpty();
    }

    @Test
    void voidedPaymentCannotBeCaptured() {
        var orderId = orderId();
        var paymentId = paymentIdOf(orderId);
        fixture.authorise(orderId, 1000, "pm_sim_approve");
        fixture.voidPayment(paymentId);

        assertProblem(fixture.capture(paymentId), 409, "payment-not-authorised");
    }
}
