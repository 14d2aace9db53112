package com.cumulus.commerce.payments.application;

import com.cumulus.commerce.payments.model.Payment;

/** How a void request ended. */
public sealed interface VoidResult {

    /** Voided now or before; a captured payment was refunded in full. */
    record Voided(Payment payment) implements VoidResult {
    }

    /** Nothing to void: no such payment, or the PSP declined it and holds nothing. */
    record Nothing() implements VoidResult {
    }

    record PspFailed(String reason) implements VoidResult {
    }
}
