package com.cumulus.commerce.orders.application;

import com.cumulus.commerce.platform.money.Money;

/** The catalog's current price of a product, looked up server-side at checkout (never the client's). */
@FunctionalInterface
public interface ProductPrices {

    PriceLookup price(String sku, String currency);

    /** What the catalog said about one SKU in one currency. */
    sealed interface PriceLookup {

        record Priced(Money unitPrice) implements PriceLookup {
        }

        /** No such product, or no price in that currency. */
        record NotPriced() implements PriceLookup {
        }

        /** The catalog could not be asked (down, slow, not configured). */
        record Unavailable(String reason) implements PriceLookup {
        }
    }
}
