package com.cumulus.commerce.payments.application;

import com.cumulus.commerce.payments.model.RefundId;
import com.cumulus.commerce.payments.model.PaymentId;
import com.cumulus.commerce.payments.model.JournalEntry;
import com.cumulus.commerce.payments.model.PaymentStatus;
import com.cumulus.commerce.payments.model.RefundStatus;
import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.money.Money;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Executes an APPROVED refund once: PSP refund (idempotent per refund id), ledger {@code refund:{refundId}}, then
 * the payment document and its {@code payment-refunded} outbox event in one batch. Shared by a small refund
 * executed at once and by the approval workflow's execute step.
 */
public final class RefundExecution {

    private static final int ATTEMPTS = 10;

    private final Payments payments;
    private final PaymentGateway gateway;
    private final LedgerJournal journal;
    private final Clock clock;
    private final Supplier<String> eventIds;

    public RefundExecution(Payments payments, PaymentGateway gateway, LedgerJournal journal, Clock clock,
            Supplier<String> eventIds) {
        this.payments = Objects.requireNonNull(payments, "'payments' must not be null");
        this.gateway = Objects.requireNonNull(gateway, "'gateway' must not be null");
        this.journal = Objects.requireNonNull(journal, "'journal' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
        this.eventIds = Objects.requireNonNull(eventIds, "'eventIds' must not be null");
    }

    public RefundResult execute(PaymentId paymentId, RefundId refundId) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            var stored = payments.find(paymentId);
            if (stored.isEmpty()) {
                return new RefundResult.NotFound("payment " + paymentId);
            }
            var payment = stored.get().payment();
            var refund = payment.refund(refundId);
            if (refund.isEmpty()) {
                return new RefundResult.NotFound("refund " + refundId);
            }
            if (refund.get().status() == RefundStatus.COMPLETED) {
                return new RefundResult.Completed(payment, refund.get());
            }
            if (refund.get().status() != RefundStatus.APPROVED) {
                return new RefundResult.WrongState(refund.get(), "refund " + refundId + " is "
                        + refund.get().status() + "; only an APPROVED refund can be executed");
            }
            if (!payment.status().holdsCapturedMoney()) {
                return new RefundResult.NotCaptured(payment.status());
            }
            var answer = gateway.refund(paymentId, payment.pspReference(), refundId.value(), refund.get().amount());
            if (answer instanceof GatewayAnswer.Failed failed) {
                return new RefundResult.PspFailed(failed.reason());
            }
            var now = clock.now();
            journal.record(JournalEntry.refund(paymentId, refundId, refund.get().amount(), now));
            var refunded = payment.refundCompleted(refundId, now);
            var event = new PaymentRefunded(eventIds.get(), paymentId, payment.orderId(), refundId,
                    refund.get().amount(), Money.of(refunded.refundedAmount(), payment.amount().currency()),
                    refunded.status() == PaymentStatus.REFUNDED, now);
            if (payments.replace(refunded, stored.get().etag(), event)) {
                return new RefundResult.Completed(refunded, refunded.refund(refundId).orElseThrow());
            }
        }
        throw new IllegalStateException("payment " + paymentId + " kept changing; refund gave up");
    }
}
