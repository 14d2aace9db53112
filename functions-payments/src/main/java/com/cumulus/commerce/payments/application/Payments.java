package com.cumulus.commerce.payments.application;

import com.cumulus.commerce.payments.model.Payment;
import com.cumulus.commerce.payments.model.PaymentId;
import java.util.Optional;

/** The payment documents, one per payment id, changed only under the ETag they were read with. */
public interface Payments {

    Optional<StoredPayment> find(PaymentId paymentId);

    /** False when a payment with that id already exists. */
    boolean create(Payment payment);

    /** False when the stored payment has moved on from {@code etag}. */
    boolean replace(Payment payment, String etag);

    /** Replaces the payment and adds the event to its outbox atomically; false on a stale {@code etag}. */
    boolean replace(Payment payment, String etag, PaymentRefunded event);
}
