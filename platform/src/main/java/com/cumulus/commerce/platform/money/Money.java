package com.cumulus.commerce.platform.money;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Currency;
import java.util.Objects;

/** An amount in minor units (cents) of an ISO 4217 currency. Never a double. */
public record Money(long amount, String currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(currency, "'currency' must not be null");
        try {
            Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'currency' must be an ISO 4217 code: " + currency, e);
        }
    }

    public static Money of(long amount, String currency) {
        return new Money(amount, currency);
    }

    public static Money zero(String currency) {
        return new Money(0, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(amount, other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(amount, other.amount), currency);
    }

    public Money times(long quantity) {
        return new Money(Math.multiplyExact(amount, quantity), currency);
    }

    /** Derived from the amount, so not part of the JSON form (Jackson would otherwise add {@code "negative"}). */
    @JsonIgnore
    public boolean isNegative() {
        return amount < 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(amount, other.amount);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("currencies differ: " + currency + " and " + other.currency);
        }
    }

    @Override
    public String toString() {
        return amount + " " + currency;
    }
}
