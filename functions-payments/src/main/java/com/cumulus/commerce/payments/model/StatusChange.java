package com.cumulus.commerce.payments.model;

import java.time.Instant;
import java.util.Objects;

/** One step of a payment's history: the status it reached, when, and what moved it there. */
public record StatusChange(PaymentStatus status, Instant at, String source) {

    public StatusChange {
        Objects.requireNonNull(status, "'status' must not be null");
        Objects.requireNonNull(at, "'at' must not be null");
        Objects.requireNonNull(source, "'source' must not be null");
    }
}
