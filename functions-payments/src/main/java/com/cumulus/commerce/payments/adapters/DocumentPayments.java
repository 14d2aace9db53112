package com.cumulus.commerce.payments.adapters;

import com.cumulus.commerce.payments.application.PaymentRefunded;
import com.cumulus.commerce.payments.application.Payments;
import com.cumulus.commerce.payments.application.StoredPayment;
import com.cumulus.commerce.payments.model.Payment;
import com.cumulus.commerce.payments.model.PaymentId;
import com.cumulus.commerce.platform.documents.BatchFailedException;
import com.cumulus.commerce.platform.documents.BatchOperation;
import com.cumulus.commerce.platform.documents.ConflictException;
import com.cumulus.commerce.platform.documents.DocumentContainer;
import com.cumulus.commerce.platform.documents.NotFoundException;
import com.cumulus.commerce.platform.documents.PreconditionFailedException;
import com.cumulus.commerce.platform.events.Outbox;
import com.cumulus.commerce.platform.events.OutboxEvent;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * Payments in the {@code payments} container, partition and id = payment id. Their events go to the platform's
 * {@link Outbox} in the same partition, so that a payment and its event are written in one batch.
 */
final class DocumentPayments implements Payments {

    static final String KIND = "kind";
    static final String PAYMENT = "payment";
    static final URI SOURCE = URI.create("/cumulus/payments");

    private final DocumentContainer container;

    DocumentPayments(DocumentContainer container) {
        this.container = container;
    }

    @Override
    public Optional<StoredPayment> find(PaymentId paymentId) {
        return container.read(paymentId.value(), paymentId.value())
                .map(document -> new StoredPayment(DocumentJson.read(document.json(), Payment.class), document.etag()));
    }

    @Override
    public boolean create(Payment payment) {
        try {
            container.create(payment.paymentId().value(), payment.paymentId().value(), json(payment));
            return true;
        } catch (ConflictException exists) {
            return false;
        }
    }

    @Override
    public boolean replace(Payment payment, String etag) {
        try {
            container.replace(payment.paymentId().value(), payment.paymentId().value(), json(payment), etag);
            return true;
        } catch (PreconditionFailedException | NotFoundException moved) {
            return false;
        }
    }

    @Override
    public boolean replace(Payment payment, String etag, PaymentRefunded event) {
        try {
            container.executeBatch(payment.paymentId().value(), List.of(
                    new BatchOperation.Replace(payment.paymentId().value(), json(payment), etag),
                    Outbox.entry(payment.paymentId().value(), outboxEvent(event))));
            return true;
        } catch (BatchFailedException moved) {
            return false;
        }
    }

    private static String json(Payment payment) {
        ObjectNode node = DocumentJson.MAPPER.createObjectNode();
        node.put(KIND, PAYMENT);
        node.setAll((ObjectNode) DocumentJson.MAPPER.valueToTree(payment));
        return DocumentJson.write(node);
    }

    private static OutboxEvent outboxEvent(PaymentRefunded event) {
        var data = new LinkedHashMap<String, Object>();
        data.put("paymentId", event.paymentId().value());
        data.put("orderId", event.orderId().value());
        data.put("refundId", event.refundId().value());
        data.put("amount", event.amount());
        data.put("refundedTotal", event.refundedTotal());
        data.put("fullyRefunded", event.fullyRefunded());
        return OutboxEvent.of(event.eventId(), PaymentRefunded.TYPE, SOURCE, event.paymentId().value(), event.at(),
                DocumentJson.write(data), null);
    }
}
