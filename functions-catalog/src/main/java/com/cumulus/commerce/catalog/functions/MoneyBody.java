package com.cumulus.commerce.catalog.functions;

import com.cumulus.commerce.platform.money.Money;

/**
 * An amount as a client sends it: minor units and an ISO 4217 code, boxed so a missing field is reported
 * as a violation instead of being read as zero (which {@link Money} would do).
 */
record MoneyBody(Long amount, String currency) {

    static MoneyBody of(Money money) {
        return new MoneyBody(money.amount(), money.currency());
    }
}
