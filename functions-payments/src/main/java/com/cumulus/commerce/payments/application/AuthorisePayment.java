package com.cumulus.commerce.payments.application;

import com.cumulus.commerce.payments.model.PaymentId;
import com.cumulus.commerce.platform.kernel.OrderId;
import com.cumulus.commerce.payments.model.Payment;
import com.cumulus.commerce.payments.model.PaymentStatus;
import com.cumulus.commerce.platform.Clock;
import com.cumulus.commerce.platform.money.Money;
import java.util.Objects;

/**
 * {@code POST /api/payments}: one payment per order. The first request writes the payment PENDING, then asks
 * the PSP and finalises its answer; a repeat answers the payment as it stands without asking the PSP again.
 * When the PSP does not answer in time the payment stays PENDING: its webhook or a status poll settles it.
 */
public final class AuthorisePayment {

    private final Payments payments;
    private final PaymentGateway gateway;
    private final FinalisePayment finalisePayment;
    private final Clock clock;

    public AuthorisePayment(Payments payments, PaymentGateway gateway, FinalisePayment finalisePayment, Clock clock) {
        this.payments = Objects.requireNonNull(payments, "'payments' must not be null");
        this.gateway = Objects.requireNonNull(gateway, "'gateway' must not be null");
        this.finalisePayment = Objects.requireNonNull(finalisePayment, "'finalisePayment' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
    }

    public AuthorisationResult authorise(OrderId order, String customerId, Money amount, String paymentMethod) {
        var started = Payment.started(order, customerId, amount, paymentMethod, clock.now());
        var paymentId = PaymentId.forOrder(order);
        if (!payments.create(started)) {
            return result(payments.find(paymentId).orElseThrow(
                    () -> new IllegalStateException("payment " + paymentId + " exists but cannot be read")).payment());
        }
        var answer = gateway.authorise(paymentId, amount, paymentMethod);
        var finalised = answer.outcome()
                .flatMap(outcome -> finalisePayment.finalise(paymentId, outcome, "authorise-answer"))
                .orElse(started);
        return result(finalised);
    }

    private static AuthorisationResult result(Payment payment) {
        return payment.status() == PaymentStatus.DECLINED
                ? new AuthorisationResult.Declined(payment) : new AuthorisationResult.Accepted(payment);
    }
}
