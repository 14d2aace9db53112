package com.cumulus.commerce.payments.functions;

import com.cumulus.commerce.payments.model.Refund;
import com.cumulus.commerce.payments.model.RefundStatus;
import com.cumulus.commerce.platform.money.Money;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** A refund as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RefundResource(String refundId, String paymentId, Money amount, RefundStatus status, String requestedBy,
                      Instant requestedAt, String decidedBy, Instant decidedAt, Instant completedAt) {

    static RefundResource of(String paymentId, Refund r) {
        return new RefundResource(r.refundId().value(), paymentId, r.amount(), r.status(), r.requestedBy(), r.requestedAt(),
                r.decidedBy(), r.decidedAt(), r.completedAt());
    }

    static String location(String paymentId, String refundId) {
        return "/api/payments/" + paymentId + "/refunds/" + refundId;
    }
}
