package com.cumulus.commerce.payments.application;

import com.cumulus.commerce.payments.model.JournalEntry;
import com.cumulus.commerce.payments.model.PaymentId;
import java.util.List;

/** The double-entry journal in SQL. */
public interface LedgerJournal {

    /** Records the entry unless one with its idempotency key exists; true when this call recorded it. */
    boolean record(JournalEntry entry);

    /** Every entry of a payment, oldest first. */
    List<JournalEntry> entriesOf(PaymentId paymentId);
}
