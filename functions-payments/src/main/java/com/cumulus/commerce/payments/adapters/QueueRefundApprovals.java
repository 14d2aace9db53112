package com.cumulus.commerce.payments.adapters;

import com.cumulus.commerce.payments.model.PaymentId;
import com.cumulus.commerce.payments.model.RefundId;
import com.cumulus.commerce.payments.application.RefundApprovals;
import com.cumulus.commerce.platform.messaging.OutgoingMessage;
import com.cumulus.commerce.platform.messaging.Queues;
import com.cumulus.commerce.platform.money.Money;
import java.util.LinkedHashMap;

/** Sends {@code {"paymentId", "refundId", "amount"}} to the {@code refund-approvals} queue, message id = refund id. */
final class QueueRefundApprovals implements RefundApprovals {

    private final Queues queues;

    QueueRefundApprovals(Queues queues) {
        this.queues = queues;
    }

    @Override
    public void requestApproval(PaymentId paymentId, RefundId refundId, Money amount) {
        var body = new LinkedHashMap<String, Object>();
        body.put("paymentId", paymentId.value());
        body.put("refundId", refundId.value());
        body.put("amount", amount);
        queues.send(PaymentsAdapters.REFUND_APPROVALS, OutgoingMessage.of(refundId.value(), DocumentJson.write(body)));
    }
}
