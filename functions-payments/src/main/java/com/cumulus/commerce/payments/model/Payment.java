package com.cumulus.commerce.payments.model;

import com.cumulus.commerce.platform.kernel.OrderId;
import com.cumulus.commerce.platform.money.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One order's payment and everything that happened to it. Every change returns a new value; the ones that
 * depend on the PSP's word ({@link #finalise}) refuse to move the payment backwards.
 *
 * @param capturedAmount minor units taken from the customer (0 until captured)
 * @param refundedAmount minor units given back by completed refunds and voids
 */
public record Payment(PaymentId paymentId, OrderId orderId, String customerId, Money amount, String paymentMethod,
                      PaymentStatus status, String pspReference, String declineReason, long capturedAmount,
                      long refundedAmount, List<Refund> refunds, List<StatusChange> history, Instant createdAt,
                      Instant updatedAt) {

    public Payment {
        Objects.requireNonNull(paymentId, "'paymentId' must not be null");
        Objects.requireNonNull(orderId, "'orderId' must not be null");
        Objects.requireNonNull(amount, "'amount' must not be null");
        Objects.requireNonNull(status, "'status' must not be null");
        Objects.requireNonNull(createdAt, "'createdAt' must not be null");
        Objects.requireNonNull(updatedAt, "'updatedAt' must not be null");
        refunds = refunds == null ? List.of() : List.copyOf(refunds);
        history = history == null ? List.of() : List.copyOf(history);
        if (amount.amount() <= 0) {
            throw new IllegalArgumentException("'amount' must be positive");
        }
    }

    public static Payment started(OrderId orderId, String customerId, Money amount, String paymentMethod, Instant at) {
        return new Payment(PaymentId.forOrder(orderId), orderId, customerId, amount, paymentMethod,
                PaymentStatus.PENDING, null, null, 0, 0, List.of(),
                List.of(new StatusChange(PaymentStatus.PENDING, at, "authorise")), at, at);
    }

    /**
     * Applies the PSP's word about the authorisation. Empty when it changes nothing: the payment is already past
     * the step the outcome describes (a late {@code payment.authorised} after capture), or the outcome repeats.
     */
    public Optional<Payment> finalise(PspOutcome outcome, Instant at, String source) {
        Objects.requireNonNull(outcome, "'outcome' must not be null");
        var reference = outcome.pspReference() == null ? pspReference : outcome.pspReference();
        if (status != PaymentStatus.PENDING) {
            return Optional.empty();
        }
        if (outcome instanceof PspOutcome.Authorised || outcome instanceof PspOutcome.Captured) {
            return Optional.of(moved(PaymentStatus.AUTHORISED, reference, null, at, source));
        }
        if (outcome instanceof PspOutcome.Declined declined) {
            return Optional.of(moved(PaymentStatus.DECLINED, reference, declined.reason(), at, source));
        }
        if (outcome instanceof PspOutcome.Pending && !Objects.equals(reference, pspReference)) {
            return Optional.of(with(status, reference, declineReason, capturedAmount, refundedAmount, refunds,
                    history, at));
        }
        return Optional.empty();
    }

    public Payment captured(Instant at) {
        requireStatus(PaymentStatus.AUTHORISED);
        return new Payment(paymentId, orderId, customerId, amount, paymentMethod, PaymentStatus.CAPTURED, pspReference,
                declineReason, amount.amount(), refundedAmount, refunds, appended(PaymentStatus.CAPTURED, at, "capture"),
                createdAt, at);
    }

    /** Voided: an authorisation released, or a captured payment refunded in full (what was left of it). */
    public Payment voided(Instant at) {
        if (status.isFinal()) {
            throw new IllegalStateException("a " + status + " payment cannot be voided");
        }
        var refunded = status.holdsCapturedMoney() ? capturedAmount : refundedAmount;
        return new Payment(paymentId, orderId, customerId, amount, paymentMethod, PaymentStatus.VOIDED, pspReference,
                declineReason, capturedAmount, refunded, refunds, appended(PaymentStatus.VOIDED, at, "void"),
                createdAt, at);
    }

    /** Captured money not yet refunded nor promised to a refund waiting for approval. */
    public Money refundable() {
        var reserved = refunds.stream().filter(r -> r.reservesMoney() && r.status() != RefundStatus.COMPLETED)
                .mapToLong(r -> r.amount().amount()).sum();
        return Money.of(Math.max(0, capturedAmount - refundedAmount - reserved), amount.currency());
    }

    /** The money left with us after refunds; what a void of a captured payment gives back. */
    public Money capturedRemaining() {
        return Money.of(capturedAmount - refundedAmount, amount.currency());
    }

    public Optional<Refund> refund(RefundId refundId) {
        return refunds.stream().filter(r -> r.refundId().equals(refundId)).findFirst();
    }

    public Payment withRefund(Refund refund, Instant at) {
        var list = new ArrayList<>(refunds);
        list.removeIf(r -> r.refundId().equals(refund.refundId()));
        list.add(refund);
        return with(status, pspReference, declineReason, capturedAmount, refundedAmount, list, history, at);
    }

    /** Records a refund as executed: the refunded total grows and the status follows it. */
    public Payment refundCompleted(RefundId refundId, Instant at) {
        var refund = refund(refundId).orElseThrow(() -> new IllegalArgumentException("no refund " + refundId));
        if (refund.status() != RefundStatus.APPROVED) {
            throw new IllegalStateException("refund " + refundId + " is " + refund.status());
        }
        if (!status.holdsCapturedMoney()) {
            throw new IllegalStateException("a " + status + " payment holds no captured money");
        }
        var refunded = Math.addExact(refundedAmount, refund.amount().amount());
        var next = refunded >= capturedAmount ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED;
        var list = new ArrayList<>(refunds);
        list.replaceAll(r -> r.refundId().equals(refundId) ? r.completed(at) : r);
        var steps = next == status ? history : appended(next, at, "refund:" + refundId);
        return new Payment(paymentId, orderId, customerId, amount, paymentMethod, next, pspReference, declineReason,
                capturedAmount, refunded, list, steps, createdAt, at);
    }

    private Payment moved(PaymentStatus next, String reference, String reason, Instant at, String source) {
        return new Payment(paymentId, orderId, customerId, amount, paymentMethod, next, reference, reason,
                capturedAmount, refundedAmount, refunds, appended(next, at, source), createdAt, at);
    }

    private Payment with(PaymentStatus next, String reference, String reason, long captured, long refunded,
            List<Refund> refundList, List<StatusChange> steps, Instant at) {
        return new Payment(paymentId, orderId, customerId, amount, paymentMethod, next, reference, reason, captured,
                refunded, refundList, steps, createdAt, at);
    }

    private List<StatusChange> appended(PaymentStatus next, Instant at, String source) {
        var list = new ArrayList<>(history);
        list.add(new StatusChange(next, at, source));
        return list;
    }

    private void requireStatus(PaymentStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("payment " + paymentId + " is " + status + ", not " + expected);
        }
    }
}
