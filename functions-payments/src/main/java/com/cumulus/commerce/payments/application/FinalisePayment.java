package com.cumulus.commerce.payments.application;

import com.cumulus.commerce.payments.model.Payment;
import com.cumulus.commerce.payments.model.PaymentId;
import com.cumulus.commerce.payments.model.PspOutcome;
import com.cumulus.commerce.platform.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * The one step that moves a payment on the PSP's word, keyed by payment id. The webhook, the authorise answer
 * and the status poll all come here, in any order and at the same time: the ETag-conditional replace lets exactly
 * one of them move the payment, and the others re-read it and find the step done.
 */
public final class FinalisePayment {

    private static final int ATTEMPTS = 20;

    private final Payments payments;
    private final Clock clock;

    public FinalisePayment(Payments payments, Clock clock) {
        this.payments = Objects.requireNonNull(payments, "'payments' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
    }

    /** The payment after the outcome, or empty when there is no such payment. */
    public Optional<Payment> finalise(PaymentId paymentId, PspOutcome outcome, String source) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            var stored = payments.find(paymentId);
            if (stored.isEmpty()) {
                return Optional.empty();
            }
            var next = stored.get().payment().finalise(outcome, clock.now(), source);
            if (next.isEmpty()) {
                return Optional.of(stored.get().payment());
            }
            if (payments.replace(next.get(), stored.get().etag())) {
                return next;
            }
        }
        throw new IllegalStateException("payment " + paymentId + " kept changing; finalisation gave up");
    }
}
