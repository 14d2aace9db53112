package com.cumulus.commerce.orders.application;

import com.cumulus.commerce.platform.kernel.Sku;
import com.cumulus.commerce.platform.money.Money;
import java.util.Map;
import java.util.Set;

/** The catalog's current prices of a cart's products, looked up server-side at checkout (never the client's). */
@FunctionalInterface
public interface ProductPrices {

    /** The unit price of each SKU in {@code currency}, asked of the catalog in one lookup. */
    PriceList prices(Set<Sku> skus, String currency);

    /** What the catalog said about the SKUs in one currency. */
    sealed interface PriceList {

        /** @param unitPrices by SKU; a SKU the catalog does not have, or does not price in the currency, is absent */
        record Priced(Map<Sku, Money> unitPrices) implements PriceList {

            public Priced {
                unitPrices = Map.copyOf(unitPrices);
            }
        }

        /** The catalog could not be asked (down, slow, not configured). */
        record Unavailable(String reason) implements PriceList {
        }
    }
}
