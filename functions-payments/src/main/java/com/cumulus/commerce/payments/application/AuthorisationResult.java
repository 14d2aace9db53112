package com.cumulus.commerce.payments.application;

import com.cumulus.commerce.payments.model.Payment;

/** How an authorisation request ended. */
public sealed interface AuthorisationResult {

    /** Authorised, pending, or further along on a repeat. */
    record Accepted(Payment payment) implements AuthorisationResult {
    }

    record Declined(Payment payment) implements AuthorisationResult {
    }
}
