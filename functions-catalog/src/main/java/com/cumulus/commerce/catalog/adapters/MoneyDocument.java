package com.cumulus.commerce.catalog.adapters;

import com.cumulus.commerce.platform.money.Money;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An amount as stored: only amount and currency ({@link Money} itself would also serialise its derived
 * {@code negative} flag).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record MoneyDocument(long amount, String currency) {

    static Map<String, MoneyDocument> of(Map<String, Money> prices) {
        var out = new LinkedHashMap<String, MoneyDocument>();
        prices.forEach((key, money) -> out.put(key, new MoneyDocument(money.amount(), money.currency())));
        return out;
    }

    static Map<String, Money> toMoney(Map<String, MoneyDocument> prices) {
        var out = new LinkedHashMap<String, Money>();
        if (prices != null) {
            prices.forEach((key, money) -> out.put(key, Money.of(money.amount(), money.currency())));
        }
        return out;
    }
}
