package com.cumulus.commerce.payments.application;

import com.cumulus.commerce.payments.model.PaymentId;
import com.cumulus.commerce.payments.model.RefundId;
import com.cumulus.commerce.platform.kernel.OrderId;
import com.cumulus.commerce.platform.money.Money;
import java.time.Instant;
import java.util.Objects;

/** {@code commerce.payments.payment-refunded.v1}: money went back to the customer. */
public record PaymentRefunded(String eventId, PaymentId paymentId, OrderId orderId, RefundId refundId, Money amount,
                              Money refundedTotal, boolean fullyRefunded, Instant at) {

    public static final String TYPE = "commerce.payments.payment-refunded.v1";

    public PaymentRefunded {
        Objects.requireNonNull(eventId, "'eventId' must not be null");
        Objects.requireNonNull(paymentId, "'paymentId' must not be null");
        Objects.requireNonNull(refundId, "'refundId' must not be null");
        Objects.requireNonNull(amount, "'amount' must not be null");
        Objects.requireNonNull(refundedTotal, "'refundedTotal' must not be null");
        Objects.requireNonNull(at, "'at' must not be null");
    }
}
