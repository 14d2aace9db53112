package com.cumulus.commerce.payments.functions;

import static com.cumulus.commerce.functions.support.testing.Responses.body;
import static com.cumulus.commerce.functions.support.testing.Responses.status;
import static com.cumulus.commerce.payments.functions.PaymentsFixture.orderId;
import static com.cumulus.commerce.payments.functions.PaymentsFixture.paymentIdOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VoidPaymentTest extends WithPaymentsFixture {

    @Test
    void voidReleasesAnAuthorisationAndARepeatChangesNothing() {
        var orderId = orderId();
        var paymentId = paymentIdOf(orderId);
        fixture.authorise(orderId, 1000, "pm_sim_approve");

        var first = fixture.voidPayment(paymentId);
        var repeat = fixture.voidPayment(paymentId);

        assertThat(body(first).path("status").asText()).isEqualTo("VOIDED");
        assertThat(status(repeat)).isEqualTo(200);
        assertThat(body(repeat).path("status").asText()).isEqualTo("VOIDED");
        assertThat(fixture.transitionsTo(paymentId, "VOIDED")).isEqualTo(1);
        assertThat(fixture.ledgerLines(paymentId)).isEmpty();
    }

    @Test
    void unknownPaymentAnswersNone() {
        var response = fixture.voidPayment(paymentIdOf(orderId()));

        assertThat(status(response)).isEqualTo(200);
        assertThat(body(response).path("status").asText()).isEqualTo("NONE");
    }

    @Test
    void voidAfterCaptureReversesTheLedger() {
        var orderId = orderId();
        var paymentId = paymentIdOf(orderId);
        fixture.authorise(orderId, 7000, "pm_sim_approve");
        fixture.capture(paymentId);

        assertThat(body(fixture.voidPayment(paymentId)).path("status").asText()).isEqualTo("VOIDED");
        fixture.voidPayment(paymentId);

        assertThat(fixture.ledgerLines(paymentId)).containsExactly(
                "capture:" + paymentId + " psp-clearing 7000", "capture:" + paymentId + " sales -7000",
                "void:" + paymentId + " sales 7000", "void:" + paymentId + " psp-clearing -7000");
        assertThat(fixture.unbalancedEntries()).isEmpty();
        var payment = body(fixture.get(paymentId));
        assertThat(payment.path("status").asText()).isEqualTo("VOIDED");
        assertThat(payment.path("refundedAmount").path("amount").asLong()).isEqualTo(7000);
        fixture.awaitDeliveries("payment.refunded", 1);
    }

    @Test
    void voidAfterAPartialRefundReturnsOnlyWhatIsLeft() {
        var orderId = orderId();
        var paymentId = paymentIdOf(orderId);
        fixture.authorise(orderId, 7000, "pm_sim_approve");
        fixture.capture(paymentId);
        assertThat(status(fixture.refund(paymentId, 2000, "k-1"))).isEqualTo(201);

        fixture.voidPayment(paymentId);

        assertThat(fixture.ledgerLines(paymentId)).contains("void:" + paymentId + " sales 5000");
        assertThat(fixture.unbalancedEntries()).isEmpty();
    }
}
