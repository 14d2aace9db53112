package com.cumulus.commerce.payments.application;

/** Where the PSP says a payment stands. */
public record PspStatus(State state, String pspReference) {

    public enum State {
        PENDING, AUTHORISED, DECLINED, CAPTURED, VOIDED, REFUNDED,
        /** The PSP has no completed authorisation for the payment (its call never finished, or never arrived). */
        UNKNOWN,
        /** The PSP could not be asked. */
        UNREACHABLE
    }
}
