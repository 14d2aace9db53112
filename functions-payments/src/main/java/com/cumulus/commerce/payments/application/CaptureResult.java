package com.cumulus.commerce.payments.application;

import com.cumulus.commerce.payments.model.Payment;
import com.cumulus.commerce.payments.model.PaymentStatus;

/** How a capture request ended. */
public sealed interface CaptureResult {

    /** Captured now or before (a repeat, or a payment already refunded since). */
    record Captured(Payment payment) implements CaptureResult {
    }

    record Declined(Payment payment) implements CaptureResult {
    }

    /** Pending or voided: nothing to capture. */
    record NotAuthorised(PaymentStatus status) implements CaptureResult {
    }

    record PspFailed(String reason) implements CaptureResult {
    }

    record NotFound() implements CaptureResult {
    }
}
