package com.cumulus.commerce.payments.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cumulus.commerce.platform.money.Money;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class JournalEntryTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final PaymentId PAYMENT = PaymentId.of("pay_abcdefghijklmnopqrstuvwxyz");
    private static final RefundId REFUND = RefundId.of("ref_abcdefghijklmnopqrstuvwxyz");

    @Test
    void unbalancedEntryIsRefused() {
        assertThatThrownBy(() -> new JournalEntry("capture:x", PAYMENT, "capture", NOW, List.of(
                Posting.debit(Posting.PSP_CLEARING, Money.of(100, "EUR")),
                Posting.credit(Posting.SALES, Money.of(99, "EUR")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sum to zero");
    }

    @Test
    void entryMustBalanceInEachCurrencyOnItsOwn() {
        assertThatThrownBy(() -> new JournalEntry("capture:x", PAYMENT, "capture", NOW, List.of(
                Posting.debit(Posting.PSP_CLEARING, Money.of(100, "EUR")),
                Posting.credit(Posting.SALES, Money.of(100, "USD")))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void captureDebitsClearingAndRefundReversesIt() {
        var capture = JournalEntry.capture(PAYMENT, Money.of(500, "EUR"), NOW);
        var refund = JournalEntry.refund(PAYMENT, REFUND, Money.of(200, "EUR"), NOW);

        assertThat(capture.idempotencyKey()).isEqualTo("capture:" + PAYMENT);
        assertThat(capture.postings()).containsExactly(Posting.debit("psp-clearing", Money.of(500, "EUR")),
                new Posting("sales", Money.of(-500, "EUR")));
        assertThat(refund.idempotencyKey()).isEqualTo("refund:" + REFUND);
        assertThat(refund.postings()).containsExactly(Posting.debit("sales", Money.of(200, "EUR")),
                new Posting("psp-clearing", Money.of(-200, "EUR")));
    }
}
