package com.cumulus.commerce.payments.application;

import com.cumulus.commerce.payments.model.PaymentId;
import com.cumulus.commerce.payments.model.JournalEntry;
import com.cumulus.commerce.platform.Clock;
import java.util.Objects;

/**
 * {@code POST /api/payments/{paymentId}/capture}: AUTHORISED becomes CAPTURED once. The PSP captures first, then
 * the ledger records {@code capture:{paymentId}}, then the payment moves; each step is idempotent, so a retry
 * after a crash between them completes the rest without capturing or booking twice.
 */
public final class CapturePayment {

    private static final int ATTEMPTS = 10;

    private final Payments payments;
    private final PaymentGateway gateway;
    private final LedgerJournal journal;
    private final Clock clock;

    public CapturePayment(Payments payments, PaymentGateway gateway, LedgerJournal journal, Clock clock) {
        this.payments = Objects.requireNonNull(payments, "'payments' must not be null");
        this.gateway = Objects.requireNonNull(gateway, "'gateway' must not be null");
        this.journal = Objects.requireNonNull(journal, "'journal' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
    }

    public CaptureResult capture(PaymentId paymentId) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            var stored = payments.find(paymentId);
            if (stored.isEmpty()) {
                return new CaptureResult.NotFound();
            }
            var payment = stored.get().payment();
            switch (payment.status()) {
                case CAPTURED, PARTIALLY_REFUNDED, REFUNDED:
                    return new CaptureResult.Captured(payment);
                case DECLINED:
                    return new CaptureResult.Declined(payment);
                case PENDING, VOIDED:
                    return new CaptureResult.NotAuthorised(payment.status());
                case AUTHORISED:
                    break;
                default:
                    throw new IllegalStateException("unexpected status " + payment.status());
            }
            var answer = gateway.capture(paymentId, payment.pspReference(), payment.amount());
            if (answer instanceof GatewayAnswer.Failed failed) {
                return new CaptureResult.PspFailed(failed.reason());
            }
            var now = clock.now();
            journal.record(JournalEntry.capture(paymentId, payment.amount(), now));
            var captured = payment.captured(now);
            if (payments.replace(captured, stored.get().etag())) {
                return new CaptureResult.Captured(captured);
            }
        }
        throw new IllegalStateException("payment " + paymentId + " kept changing; capture gave up");
    }

}
