package com.cumulus.commerce.payments.application;

import com.cumulus.commerce.payments.model.PaymentId;
import com.cumulus.commerce.payments.model.PspOutcome;
import java.util.Objects;

/** A PSP webhook event, parsed: {@code payment.authorised}, {@code .declined}, {@code .captured}, {@code .refunded}. */
public record PspEvent(String eventId, String type, PaymentId paymentId, String pspReference) {

    public PspEvent {
        Objects.requireNonNull(eventId, "'eventId' must not be null");
        Objects.requireNonNull(type, "'type' must not be null");
        Objects.requireNonNull(paymentId, "'paymentId' must not be null");
    }

    public PspOutcome outcome() {
        return switch (type) {
            case "payment.authorised" -> new PspOutcome.Authorised(pspReference);
            case "payment.declined" -> new PspOutcome.Declined(pspReference, "declined by the PSP");
            case "payment.captured" -> new PspOutcome.Captured(pspReference);
            case "payment.refunded" -> new PspOutcome.Refunded(pspReference);
            default -> throw new IllegalArgumentException("unknown PSP event type " + type);
        };
    }

    public static boolean knownType(String type) {
        return type != null && type.matches("payment\\.(authorised|declined|captured|refunded)");
    }
}
