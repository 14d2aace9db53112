package com.cumulus.commerce.payments.model;

import com.cumulus.commerce.platform.money.Money;
import java.time.Instant;
import java.util.Objects;

/** Money going back to the customer from a captured payment. */
public record Refund(RefundId refundId, Money amount, RefundStatus status, String requestedBy, Instant requestedAt,
                     String decidedBy, Instant decidedAt, Instant completedAt) {

    public Refund {
        Objects.requireNonNull(refundId, "'refundId' must not be null");
        Objects.requireNonNull(amount, "'amount' must not be null");
        Objects.requireNonNull(status, "'status' must not be null");
        Objects.requireNonNull(requestedAt, "'requestedAt' must not be null");
        if (amount.amount() <= 0) {
            throw new IllegalArgumentException("'amount' must be positive");
        }
    }

    public static Refund requested(RefundId refundId, Money amount, String requestedBy, Instant at, boolean needsApproval) {
        return new Refund(refundId, amount, needsApproval ? RefundStatus.PENDING_APPROVAL : RefundStatus.APPROVED,
                requestedBy, at, null, null, null);
    }

    public Refund decided(boolean approved, String by, Instant at) {
        return new Refund(refundId, amount, approved ? RefundStatus.APPROVED : RefundStatus.REJECTED, requestedBy,
                requestedAt, by, at, null);
    }

    public Refund completed(Instant at) {
        return new Refund(refundId, amount, RefundStatus.COMPLETED, requestedBy, requestedAt, decidedBy, decidedAt, at);
    }

    /** Counts against what may still be refunded: everything not rejected. */
    public boolean reservesMoney() {
        return status != RefundStatus.REJECTED;
    }
}
