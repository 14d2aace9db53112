package com.cumulus.commerce.payments.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.platform.kernel.OrderId;
import com.cumulus.commerce.platform.money.Money;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PaymentTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final OrderId ORDER = OrderId.of("ord_abcdefghijklmnopqrstuvwxyz");

    private static Payment pending() {
        return Payment.started(ORDER, "cus-1", Money.of(1000, "EUR"), "pm_sim_approve", NOW);
    }

    @Test
    void lateAuthorisationAfterCaptureChangesNothing() {
        var captured = pending().finalise(new PspOutcome.Authorised("psp_1"), NOW, "test").orElseThrow().captured(NOW);

        assertThat(captured.finalise(new PspOutcome.Authorised("psp_1"), NOW, "late")).isEmpty();
        assertThat(captured.finalise(new PspOutcome.Declined("psp_1", "late"), NOW, "late")).isEmpty();
    }

    @Test
    void declinedPaymentIsNeverAuthorisedLater() {
        var declined = pending().finalise(new PspOutcome.Declined("psp_1", "no"), NOW, "test").orElseThrow();

        assertThat(declined.status()).isEqualTo(PaymentStatus.DECLINED);
        assertThat(declined.finalise(new PspOutcome.Authorised("psp_1"), NOW, "late")).isEmpty();
    }

    @Test
    void pendingAnswerOnlyRecordsTheReference() {
        var pending = pending().finalise(new PspOutcome.Pending("psp_9"), NOW, "answer").orElseThrow();

        assertThat(pending.status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(pending.pspReference()).isEqualTo("psp_9");
        assertThat(pending.finalise(new PspOutcome.Pending("psp_9"), NOW, "again")).isEmpty();
    }

    @Test
    void paymentIdIsPayAndTheOrdersCharacters() {
        assertThat(pending().paymentId()).isEqualTo(PaymentId.of("pay_abcdefghijklmnopqrstuvwxyz"));
        assertThat(PaymentId.of("pay_abcdefghijklmnopqrstuvwxyz").orderId()).isEqualTo(ORDER);
    }
}
