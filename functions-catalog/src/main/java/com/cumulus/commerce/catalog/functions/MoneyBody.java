package com.cumulus.commerce.catalog.functions;

import com.cumulus.commerce.platform.money.Money;

/** An amount on the wire: minor units and an ISO 4217 code. */
record MoneyBody(Long amount, String currency) {

    static MoneyBody of(Money money) {
        return new MoneyBody(money.amount(), money.currency());
    }
}
