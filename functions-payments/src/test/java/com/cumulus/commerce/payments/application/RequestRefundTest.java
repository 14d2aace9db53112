package com.cumulus.commerce.payments.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cumulus.commerce.payments.adapters.PaymentsAdapters;
import com.cumulus.commerce.payments.model.Payment;
import com.cumulus.commerce.payments.model.PaymentId;
import com.cumulus.commerce.payments.model.PaymentStatus;
import com.cumulus.commerce.payments.model.PspOutcome;
import com.cumulus.commerce.payments.model.RefundId;
import com.cumulus.commerce.payments.model.RefundStatus;
import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.kernel.OrderId;
import com.cumulus.commerce.platform.local.LocalPlatform;
import com.cumulus.commerce.platform.money.Money;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A refund whose PSP call fails is completed by the retry of the same request, and refunded once. */
class RequestRefundTest {

    private static final OrderId ORDER = OrderId.of("ord_abcdefghijklmnopqrstuvwxyz");
    private static final PaymentId PAYMENT = PaymentId.of("pay_abcdefghijklmnopqrstuvwxyz");
    private static final RefundId REFUND = RefundId.of("ref_abcdefghijklmnopqrstuvwxyz");

    @TempDir
    Path dataDir;

    @Test
    void pspFailureIsRetriedOnTheSameRefundWithoutRefundingTwice() {
        try (var platform = new LocalPlatform(dataDir, Clock.system())) {
            var payments = PaymentsAdapters.payments(platform.documents());
            var journal = PaymentsAdapters.journal(platform.ledger());
            var gateway = new FlakyRefunds();
            var clock = Clock.system();
            var captured = Payment.started(ORDER, "cus-1", Money.of(5000, "EUR"), "pm", Instant.now())
                    .finalise(new PspOutcome.Authorised("psp_1"), Instant.now(), "test").orElseThrow()
                    .captured(Instant.now());
            payments.create(captured);
            var execution = new RefundExecution(payments, gateway, journal, clock, () -> UUID.randomUUID().toString());
            var requestRefund = new RequestRefund(payments, execution, (p, r, a) -> { }, clock, 10_000);

            var first = requestRefund.request(PAYMENT, REFUND, Money.of(2000, "EUR"), "oscar");
            var retry = requestRefund.request(PAYMENT, REFUND, Money.of(2000, "EUR"), "oscar");
            var repeat = requestRefund.request(PAYMENT, REFUND, Money.of(2000, "EUR"), "oscar");

            assertThat(first).isInstanceOf(RefundResult.PspFailed.class);
            assertThat(retry).isInstanceOf(RefundResult.Completed.class);
            assertThat(repeat).isInstanceOf(RefundResult.Recorded.class);
            assertThat(((RefundResult.Recorded) repeat).refund().status()).isEqualTo(RefundStatus.COMPLETED);
            assertThat(gateway.refunds).containsExactly(REFUND + " failed", REFUND.value());
            var payment = payments.find(PAYMENT).orElseThrow().payment();
            assertThat(payment.status()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
            assertThat(payment.refundedAmount()).isEqualTo(2000);
            assertThat(journal.entriesOf(PAYMENT)).extracting(e -> e.idempotencyKey()).containsExactly("refund:" + REFUND);
        }
    }

    @Test
    void aRepeatedRequestStartsTheApprovalOfARefundStillWaitingForIt() {
        try (var platform = new LocalPlatform(dataDir, Clock.system())) {
            var payments = PaymentsAdapters.payments(platform.documents());
            var journal = PaymentsAdapters.journal(platform.ledger());
            payments.create(Payment.started(ORDER, "cus-1", Money.of(50_000, "EUR"), "pm", Instant.now())
                    .finalise(new PspOutcome.Authorised("psp_1"), Instant.now(), "test").orElseThrow()
                    .captured(Instant.now()));
            var execution = new RefundExecution(payments, new FlakyRefunds(), journal, Clock.system(),
                    () -> UUID.randomUUID().toString());
            var sent = new ArrayList<String>();
            var dying = new RequestRefund(payments, execution, (p, r, a) -> {
                throw new IllegalStateException("the process died before the approval message went out");
            }, Clock.system(), 10_000);
            var requestRefund = new RequestRefund(payments, execution, (p, r, a) -> sent.add(r + " " + a.amount()),
                    Clock.system(), 10_000);

            assertThatThrownBy(
                    () -> dying.request(PAYMENT, REFUND, Money.of(20_000, "EUR"), "oscar"))
                    .isInstanceOf(IllegalStateException.class);
            var retry = requestRefund.request(PAYMENT, REFUND, Money.of(20_000, "EUR"), "oscar");

            assertThat(retry).isInstanceOf(RefundResult.Recorded.class);
            assertThat(((RefundResult.Recorded) retry).refund().status()).isEqualTo(RefundStatus.PENDING_APPROVAL);
            assertThat(sent).containsExactly(REFUND + " 20000");
            assertThat(journal.entriesOf(PAYMENT)).isEmpty();
        }
    }

    /** A PSP whose first refund call fails. */
    private static final class FlakyRefunds implements PaymentGateway {

        final List<String> refunds = new ArrayList<>();

        @Override
        public AuthorisationAnswer authorise(PaymentId paymentId, Money amount, String paymentMethod) {
            throw new UnsupportedOperationException();
        }

        @Override
        public GatewayAnswer capture(PaymentId paymentId, String pspReference, Money amount) {
            throw new UnsupportedOperationException();
        }

        @Override
        public GatewayAnswer voidAuthorisation(PaymentId paymentId, String pspReference) {
            throw new UnsupportedOperationException();
        }

        @Override
        public GatewayAnswer refund(PaymentId paymentId, String pspReference, String refundId, Money amount) {
            if (refunds.isEmpty()) {
                refunds.add(refundId + " failed");
                return new GatewayAnswer.Failed("connection reset");
            }
            refunds.add(refundId);
            return new GatewayAnswer.Done();
        }

        @Override
        public PspStatus retrieve(PaymentId paymentId) {
            throw new UnsupportedOperationException();
        }
    }
}
