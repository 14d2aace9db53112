package com.cumulus.commerce.payments.application;

import com.cumulus.commerce.payments.model.PaymentId;

/** How a webhook delivery ended. */
public sealed interface WebhookResult {

    /** Handled now, or a duplicate of an event handled before. */
    record Accepted(boolean duplicate) implements WebhookResult {
    }

    /** Authentic, but about a payment we do not know: accepted so the PSP stops retrying, and logged. */
    record UnknownPayment(PaymentId paymentId) implements WebhookResult {
    }

    /** Missing or wrong signature, or a timestamp outside the tolerance. */
    record Unauthenticated(String reason) implements WebhookResult {
    }

    record Malformed(String reason) implements WebhookResult {
    }
}
