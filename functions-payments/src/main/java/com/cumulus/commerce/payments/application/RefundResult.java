package com.cumulus.commerce.payments.application;

import com.cumulus.commerce.payments.model.Payment;
import com.cumulus.commerce.payments.model.PaymentStatus;
import com.cumulus.commerce.payments.model.Refund;
import com.cumulus.commerce.platform.money.Money;

/** How a refund request, decision or execution ended. */
public sealed interface RefundResult {

    /** Done: money returned. */
    record Completed(Payment payment, Refund refund) implements RefundResult {
    }

    /** Waiting for an operator (a request above the threshold), or decided and waiting for execution. */
    record Recorded(Payment payment, Refund refund) implements RefundResult {
    }

    record NotFound(String what) implements RefundResult {
    }

    /** The payment holds no captured money to refund. */
    record NotCaptured(PaymentStatus status) implements RefundResult {
    }

    record ExceedsRefundable(Money requested, Money refundable) implements RefundResult {
    }

    record CurrencyMismatch(String expected) implements RefundResult {
    }

    /** The refund is not in a state that allows the step (executing an unapproved one, deciding twice). */
    record WrongState(Refund refund, String detail) implements RefundResult {
    }

    record PspFailed(String reason) implements RefundResult {
    }
}
