package com.cumulus.commerce.payments.model;

/**
 * Where a payment stands. The order of the constants is the order of progress: a payment only ever moves to a
 * later status ({@code DECLINED} and {@code VOIDED} end it), so a late or repeated PSP message cannot undo a step.
 */
public enum PaymentStatus {
    PENDING,
    AUTHORISED,
    DECLINED,
    CAPTURED,
    PARTIALLY_REFUNDED,
    REFUNDED,
    VOIDED;

    public boolean isFinal() {
        return this == DECLINED || this == VOIDED || this == REFUNDED;
    }

    /** Captured money is held: refunds may be taken from it. */
    public boolean holdsCapturedMoney() {
        return this == CAPTURED || this == PARTIALLY_REFUNDED;
    }
}
