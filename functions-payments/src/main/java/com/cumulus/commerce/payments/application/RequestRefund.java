package com.cumulus.commerce.payments.application;

import com.cumulus.commerce.payments.model.RefundId;
import com.cumulus.commerce.payments.model.PaymentId;
import com.cumulus.commerce.payments.model.Refund;
import com.cumulus.commerce.payments.model.RefundStatus;
import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.money.Money;
import java.util.Objects;

/**
 * {@code POST /api/payments/{paymentId}/refunds}: full or partial, up to what was captured less what is refunded
 * or waiting for approval. At or below the threshold it is executed at once; above it waits for an operator's
 * approval, and the {@code refund-approval} workflow is started by a message. The refund is recorded before the
 * message is sent (a document write and a queue send are two steps, in Azure too), so a repeat of the request
 * sends the message again for a refund still waiting for approval.
 */
public final class RequestRefund {

    private static final int ATTEMPTS = 10;

    private final Payments payments;
    private final RefundExecution execution;
    private final RefundApprovals approvals;
    private final Clock clock;
    private final long approvalThreshold;

    public RequestRefund(Payments payments, RefundExecution execution, RefundApprovals approvals, Clock clock,
            long approvalThreshold) {
        this.payments = Objects.requireNonNull(payments, "'payments' must not be null");
        this.execution = Objects.requireNonNull(execution, "'execution' must not be null");
        this.approvals = Objects.requireNonNull(approvals, "'approvals' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
        this.approvalThreshold = approvalThreshold;
    }

    /**
     * @param refundId the refund's id, derived from the request's Idempotency-Key: a repeat of a request finds its
     *                 refund and completes it (when the PSP failed the first time) or answers it as it stands
     */
    public RefundResult request(PaymentId paymentId, RefundId refundId, Money amount, String requestedBy) {
        if (amount.amount() <= 0) {
            throw new IllegalArgumentException("'amount' must be positive");
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            var stored = payments.find(paymentId);
            if (stored.isEmpty()) {
                return new RefundResult.NotFound("payment " + paymentId);
            }
            var payment = stored.get().payment();
            var existing = payment.refund(refundId);
            if (existing.isPresent()) {
                if (existing.get().status() == RefundStatus.PENDING_APPROVAL) {
                    // the first request may have died between recording the refund and starting its approval:
                    // send again (the queue drops a repeat by message id; a second workflow run executes nothing twice)
                    approvals.requestApproval(paymentId, refundId, existing.get().amount());
                }
                return existing.get().status() == RefundStatus.APPROVED && existing.get().decidedBy() == null
                        ? execution.execute(paymentId, refundId)
                        : new RefundResult.Recorded(payment, existing.get());
            }
            if (!payment.status().holdsCapturedMoney()) {
                return new RefundResult.NotCaptured(payment.status());
            }
            if (!payment.amount().currency().equals(amount.currency())) {
                return new RefundResult.CurrencyMismatch(payment.amount().currency());
            }
            if (amount.compareTo(payment.refundable()) > 0) {
                return new RefundResult.ExceedsRefundable(amount, payment.refundable());
            }
            var needsApproval = amount.amount() > approvalThreshold;
            var now = clock.now();
            var refund = Refund.requested(refundId, amount, requestedBy, now, needsApproval);
            var recorded = payment.withRefund(refund, now);
            if (!payments.replace(recorded, stored.get().etag())) {
                continue;
            }
            if (needsApproval) {
                approvals.requestApproval(paymentId, refundId, amount);
                return new RefundResult.Recorded(recorded, refund);
            }
            return execution.execute(paymentId, refundId);
        }
        throw new IllegalStateException("payment " + paymentId + " kept changing; refund request gave up");
    }
}
