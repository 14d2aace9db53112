package com.cumulus.commerce.payments.adapters;

import com.cumulus.commerce.payments.application.PaymentRefunded;
import com.cumulus.commerce.payments.application.Payments;
import com.cumulus.commerce.payments.application.StoredPayment;
import com.cumulus.commerce.payments.model.Payment;
import com.cumulus.commerce.platform.documents.BatchFailedException;
import com.cumulus.commerce.platform.documents.BatchOperation;
import com.cumulus.commerce.platform.documents.ConflictException;
import com.cumulus.commerce.platform.documents.DocumentContainer;
import com.cumulus.commerce.platform.documents.NotFoundException;
import com.cumulus.commerce.platform.documents.PreconditionFailedException;
import com.cumulus.commerce.platform.events.EventEnvelope;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * Payments in the {@code payments} container, partition and id = payment id. Outbox events live in the same
 * partition ({@code "kind": "outbox"}, id = event id) so that a payment and its event are written in one batch.
 */
final class DocumentPayments implements Payments {

    static final String KIND = "kind";
    static final String PAYMENT = "payment";
    static final String OUTBOX = "outbox";
    static final URI SOURCE = URI.create("/cumulus/payments");

    private final DocumentContainer container;

    DocumentPayments(DocumentContainer container) {
        this.container = container;
    }

    @Override
    public Optional<StoredPayment> find(String paymentId) {
        return container.read(paymentId, paymentId)
                .map(document -> new StoredPayment(DocumentJson.read(document.json(), Payment.class), document.etag()));
    }

    @Override
    public boolean create(Payment payment) {
        try {
            container.create(payment.paymentId(), payment.paymentId(), json(payment));
            return true;
        } catch (ConflictException exists) {
            return false;
        }
    }

    @Override
    public boolean replace(Payment payment, String etag) {
        try {
            container.replace(payment.paymentId(), payment.paymentId(), json(payment), etag);
            return true;
        } catch (PreconditionFailedException | NotFoundException moved) {
            return false;
        }
    }

    @Override
    public boolean replace(Payment payment, String etag, PaymentRefunded event) {
        try {
            container.executeBatch(payment.paymentId(), List.of(
                    new BatchOperation.Replace(payment.paymentId(), json(payment), etag),
                    new BatchOperation.Create(event.eventId(), outbox(event))));
            return true;
        } catch (BatchFailedException moved) {
            return false;
        }
    }

    @Override
    public void deleteOutboxEvent(String paymentId, String eventId) {
        container.delete(paymentId, eventId, null);
    }

    private static String json(Payment payment) {
        ObjectNode node = DocumentJson.MAPPER.createObjectNode();
        node.put(KIND, PAYMENT);
        node.setAll((ObjectNode) DocumentJson.MAPPER.valueToTree(payment));
        return DocumentJson.write(node);
    }

    private static String outbox(PaymentRefunded event) {
        var data = new LinkedHashMap<String, Object>();
        data.put("paymentId", event.paymentId());
        data.put("orderId", event.orderId());
        data.put("refundId", event.refundId());
        data.put("amount", event.amount());
        data.put("refundedTotal", event.refundedTotal());
        data.put("fullyRefunded", event.fullyRefunded());
        var envelope = EventEnvelope.wrap(event.eventId(), PaymentRefunded.TYPE, SOURCE, event.paymentId(),
                event.at(), DocumentJson.write(data));
        var document = new LinkedHashMap<String, Object>();
        document.put(KIND, OUTBOX);
        document.put("paymentId", event.paymentId());
        document.put("eventId", event.eventId());
        document.put("topic", PaymentsAdapters.PAYMENT_EVENTS);
        document.put("envelope", envelope);
        return DocumentJson.write(document);
    }
}
