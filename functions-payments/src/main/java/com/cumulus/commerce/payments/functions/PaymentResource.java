package com.cumulus.commerce.payments.functions;

import com.cumulus.commerce.payments.model.Payment;
import com.cumulus.commerce.payments.model.PaymentStatus;
import com.cumulus.commerce.payments.model.StatusChange;
import com.cumulus.commerce.platform.money.Money;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/** A payment as the API shows it, with its history (each status it reached, when, and what moved it). */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PaymentResource(String paymentId, String orderId, String customerId, PaymentStatus status, Money amount,
                       Money capturedAmount, Money refundedAmount, String pspReference, String declineReason,
                       List<RefundResource> refunds, List<StatusChange> history, Instant createdAt,
                       Instant updatedAt) {

    static PaymentResource of(Payment p) {
        var currency = p.amount().currency();
        return new PaymentResource(p.paymentId().value(), p.orderId().value(), p.customerId(), p.status(), p.amount(),
                Money.of(p.capturedAmount(), currency), Money.of(p.refundedAmount(), currency), p.pspReference(),
                p.declineReason(), p.refunds().stream().map(r -> RefundResource.of(p.paymentId().value(), r)).toList(),
                p.history(), p.createdAt(), p.updatedAt());
    }
}
