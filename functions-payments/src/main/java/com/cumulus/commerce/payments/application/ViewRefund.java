package com.cumulus.commerce.payments.application;

import com.cumulus.commerce.payments.model.RefundId;
import com.cumulus.commerce.payments.model.PaymentId;
import com.cumulus.commerce.payments.model.Refund;
import java.util.Objects;
import java.util.Optional;

/** {@code GET /api/payments/{paymentId}/refunds/{refundId}}: where a refund stands, for the approval workflow. */
public final class ViewRefund {

    private final Payments payments;

    public ViewRefund(Payments payments) {
        this.payments = Objects.requireNonNull(payments, "'payments' must not be null");
    }

    public Optional<Refund> view(PaymentId paymentId, RefundId refundId) {
        return payments.find(paymentId).flatMap(stored -> stored.payment().refund(refundId));
    }
}
