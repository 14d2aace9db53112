package com.cumulus.commerce.payments.application;

import com.cumulus.commerce.payments.model.Payment;
import java.util.Objects;

/** A payment as stored, with the ETag a conditional replace must name. */
public record StoredPayment(Payment payment, String etag) {

    public StoredPayment {
        Objects.requireNonNull(payment, "'payment' must not be null");
        Objects.requireNonNull(etag, "'etag' must not be null");
    }
}
