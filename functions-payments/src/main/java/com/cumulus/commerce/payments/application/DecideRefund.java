package com.cumulus.commerce.payments.application;

import com.cumulus.commerce.payments.model.RefundId;
import com.cumulus.commerce.payments.model.PaymentId;
import com.cumulus.commerce.payments.model.RefundStatus;
import com.cumulus.commerce.platform.Clock;
import java.util.Objects;

/**
 * {@code POST .../refunds/{refundId}/approval}: an operator approves or rejects a refund waiting for approval.
 * Repeating the same decision answers it again; changing a decision already made is refused.
 */
public final class DecideRefund {

    private static final int ATTEMPTS = 10;

    private final Payments payments;
    private final Clock clock;

    public DecideRefund(Payments payments, Clock clock) {
        this.payments = Objects.requireNonNull(payments, "'payments' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
    }

    public RefundResult decide(PaymentId paymentId, RefundId refundId, boolean approved, String decidedBy) {
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
            var status = refund.get().status();
            var wanted = approved ? RefundStatus.APPROVED : RefundStatus.REJECTED;
            if (status == wanted || (approved && status == RefundStatus.COMPLETED && refund.get().decidedBy() != null)) {
                return new RefundResult.Recorded(payment, refund.get());
            }
            if (status != RefundStatus.PENDING_APPROVAL) {
                return new RefundResult.WrongState(refund.get(), "refund " + refundId + " is already " + status);
            }
            var now = clock.now();
            var decided = refund.get().decided(approved, decidedBy, now);
            var next = payment.withRefund(decided, now);
            if (payments.replace(next, stored.get().etag())) {
                return new RefundResult.Recorded(next, decided);
            }
        }
        throw new IllegalStateException("payment " + paymentId + " kept changing; decision gave up");
    }
}
