package com.cumulus.commerce.payments.model;

import com.cumulus.commerce.platform.money.Money;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;

/**
 * A double-entry journal entry: postings that sum to zero in every currency, recorded once under its
 * idempotency key ({@code capture:{paymentId}}, {@code refund:{refundId}}, {@code void:{paymentId}}).
 */
public record JournalEntry(String idempotencyKey, PaymentId paymentId, String kind, Instant createdAt,
                           List<Posting> postings) {

    public static final String CAPTURE = "capture";
    public static final String REFUND = "refund";
    public static final String VOID = "void";

    public JournalEntry {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new IllegalArgumentException("'idempotencyKey' must not be blank");
        }
        Objects.requireNonNull(paymentId, "'paymentId' must not be null");
        Objects.requireNonNull(kind, "'kind' must not be null");
        Objects.requireNonNull(createdAt, "'createdAt' must not be null");
        postings = List.copyOf(postings);
        if (postings.size() < 2) {
            throw new IllegalArgumentException("'postings' must hold at least two lines");
        }
        var sums = new HashMap<String, Long>();
        for (var posting : postings) {
            sums.merge(posting.amount().currency(), posting.amount().amount(), Math::addExact);
        }
        if (sums.values().stream().anyMatch(sum -> sum != 0)) {
            throw new IllegalArgumentException("'postings' must sum to zero in every currency: " + sums);
        }
    }

    /** The PSP holds the captured money for us: debit psp-clearing, credit sales. */
    public static JournalEntry capture(PaymentId paymentId, Money amount, Instant at) {
        return new JournalEntry(CAPTURE + ":" + paymentId, paymentId, CAPTURE, at,
                List.of(Posting.debit(Posting.PSP_CLEARING, amount), Posting.credit(Posting.SALES, amount)));
    }

    public static JournalEntry refund(PaymentId paymentId, RefundId refundId, Money amount, Instant at) {
        return new JournalEntry(REFUND + ":" + refundId, paymentId, REFUND, at, reversal(amount));
    }

    /** Voiding a captured payment refunds what was left of it. */
    public static JournalEntry voidAfterCapture(PaymentId paymentId, Money amount, Instant at) {
        return new JournalEntry(VOID + ":" + paymentId, paymentId, VOID, at, reversal(amount));
    }

    private static List<Posting> reversal(Money amount) {
        return List.of(Posting.debit(Posting.SALES, amount), Posting.credit(Posting.PSP_CLEARING, amount));
    }
}
