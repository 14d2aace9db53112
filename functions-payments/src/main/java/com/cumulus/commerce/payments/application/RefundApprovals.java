package com.cumulus.commerce.payments.application;

import com.cumulus.commerce.payments.model.PaymentId;
import com.cumulus.commerce.payments.model.RefundId;
import com.cumulus.commerce.platform.money.Money;

/** Starts the approval workflow of a large refund (message id = refund id, so a resend is dropped). */
@FunctionalInterface
public interface RefundApprovals {

    void requestApproval(PaymentId paymentId, RefundId refundId, Money amount);
}
