package com.cumulus.commerce.payments.application;

import com.cumulus.commerce.payments.model.PaymentId;
import com.cumulus.commerce.payments.model.JournalEntry;
import com.cumulus.commerce.platform.Clock;
import java.util.Objects;

/**
 * {@code POST /api/payments/{paymentId}/void}, and the saga's compensation: releases an authorisation, or refunds
 * what is left of a captured payment (ledger {@code void:{paymentId}}, the reverse of the capture). Voiding twice,
 * or voiding a payment that does not exist, succeeds and changes nothing.
 */
public final class VoidPayment {

    private static final int ATTEMPTS = 10;

    private final Payments payments;
    private final PaymentGateway gateway;
    private final LedgerJournal journal;
    private final Clock clock;

    public VoidPayment(Payments payments, PaymentGateway gateway, LedgerJournal journal, Clock clock) {
        this.payments = Objects.requireNonNull(payments, "'payments' must not be null");
        this.gateway = Objects.requireNonNull(gateway, "'gateway' must not be null");
        this.journal = Objects.requireNonNull(journal, "'journal' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
    }

    public VoidResult voidPayment(PaymentId paymentId) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            var stored = payments.find(paymentId);
            if (stored.isEmpty()) {
                return new VoidResult.Nothing();
            }
            var payment = stored.get().payment();
            switch (payment.status()) {
                case VOIDED, REFUNDED:
                    return new VoidResult.Voided(payment);
                case DECLINED:
                    return new VoidResult.Nothing();
                default:
                    break;
            }
            var captured = payment.status().holdsCapturedMoney();
            var remaining = payment.capturedRemaining();
            var answer = captured
                    ? gateway.refund(paymentId, payment.pspReference(), "void-" + paymentId, remaining)
                    : gateway.voidAuthorisation(paymentId, payment.pspReference());
            if (answer instanceof GatewayAnswer.Failed failed) {
                return new VoidResult.PspFailed(failed.reason());
            }
            var now = clock.now();
            if (captured && remaining.amount() > 0) {
                journal.record(JournalEntry.voidAfterCapture(paymentId, remaining, now));
            }
            var voided = payment.voided(now);
            if (payments.replace(voided, stored.get().etag())) {
                return new VoidResult.Voided(voided);
            }
        }
        throw new IllegalStateException("payment " + paymentId + " kept changing; void gave up");
    }
}
