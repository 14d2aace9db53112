package com.cumulus.commerce.payments.model;

import com.cumulus.commerce.platform.money.Money;
import java.util.Objects;

/** One line of a journal entry: a positive amount debits the account, a negative one credits it. */
public record Posting(String account, Money amount) {

    public static final String PSP_CLEARING = "psp-clearing";
    public static final String SALES = "sales";

    public Posting {
        if (account == null || account.isBlank()) {
            throw new IllegalArgumentException("'account' must not be blank");
        }
        Objects.requireNonNull(amount, "'amount' must not be null");
        if (amount.amount() == 0) {
            throw new IllegalArgumentException("'amount' must not be zero");
        }
    }

    public static Posting debit(String account, Money amount) {
        return new Posting(account, amount);
    }

    public static Posting credit(String account, Money amount) {
        return new Posting(account, Money.of(Math.negateExact(amount.amount()), amount.currency()));
    }
}
