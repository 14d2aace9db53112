package com.cumulus.commerce.payments.application;

import com.cumulus.commerce.payments.model.PaymentId;
import com.cumulus.commerce.payments.model.Payment;
import com.cumulus.commerce.payments.model.PaymentStatus;
import com.cumulus.commerce.payments.model.PspOutcome;
import com.cumulus.commerce.platform.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code GET /api/payments/{paymentId}}. A payment still PENDING after {@code reconcileAfter} (the PSP's answer
 * or webhook should have come by then) is reconciled: the PSP's own record decides it through the same
 * finalisation step, and a PSP that never completed the authorisation declines it.
 */
public final class ViewPayment {

    private final Payments payments;
    private final PaymentGateway gateway;
    private final FinalisePayment finalisePayment;
    private final Clock clock;
    private final Duration reconcileAfter;

    public ViewPayment(Payments payments, PaymentGateway gateway, FinalisePayment finalisePayment, Clock clock,
            Duration reconcileAfter) {
        this.payments = Objects.requireNonNull(payments, "'payments' must not be null");
        this.gateway = Objects.requireNonNull(gateway, "'gateway' must not be null");
        this.finalisePayment = Objects.requireNonNull(finalisePayment, "'finalisePayment' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
        this.reconcileAfter = Objects.requireNonNull(reconcileAfter, "'reconcileAfter' must not be null");
    }

    public Optional<Payment> view(PaymentId paymentId) {
        var stored = payments.find(paymentId).map(StoredPayment::payment);
        if (stored.isEmpty() || stored.get().status() != PaymentStatus.PENDING
                || stored.get().createdAt().plus(reconcileAfter).isAfter(clock.now())) {
            return stored;
        }
        return reconcile(stored.get());
    }

    private Optional<Payment> reconcile(Payment payment) {
        var status = gateway.retrieve(payment.paymentId());
        var reference = status.pspReference();
        PspOutcome outcome = switch (status.state()) {
            case AUTHORISED, CAPTURED, REFUNDED -> new PspOutcome.Authorised(reference);
            case DECLINED, VOIDED -> new PspOutcome.Declined(reference, "declined by the PSP");
            case UNKNOWN -> new PspOutcome.Declined(reference, "the PSP never completed the authorisation");
            case PENDING, UNREACHABLE -> null;
        };
        return outcome == null ? Optional.of(payment)
                : finalisePayment.finalise(payment.paymentId(), outcome, "status-poll");
    }
}
