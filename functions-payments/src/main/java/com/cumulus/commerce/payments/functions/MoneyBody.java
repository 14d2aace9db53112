package com.cumulus.commerce.payments.functions;

import com.cumulus.commerce.platform.money.Money;
import java.util.Currency;
import java.util.Optional;

/**
 * An amount as a client sends it: minor units and an ISO 4217 code, boxed so a missing field is reported
 * instead of being read as zero.
 */
record MoneyBody(Long amount, String currency) {

    /** The amount, or empty when a field is missing, the currency unknown, or the amount not positive. */
    Optional<Money> toPositiveMoney() {
        if (amount == null || currency == null || amount <= 0) {
            return Optional.empty();
        }
        try {
            Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.of(Money.of(amount, currency));
    }
}
