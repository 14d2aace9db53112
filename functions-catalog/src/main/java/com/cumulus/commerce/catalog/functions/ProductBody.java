package com.cumulus.commerce.catalog.functions;

import com.cumulus.commerce.catalog.application.ProductPatch;
import com.cumulus.commerce.catalog.model.Product;
import com.cumulus.commerce.functions.support.StrictJsonBodies;
import com.cumulus.commerce.platform.http.Problem;
import com.cumulus.commerce.platform.http.Problems;
import com.cumulus.commerce.platform.kernel.Checked;
import com.cumulus.commerce.platform.kernel.Violation;
import com.cumulus.commerce.platform.money.Money;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A product as a client sends it (PUT body, or the result of a merge patch). */
record ProductBody(String sku, String title, String description, String category,
                   Map<String, String> attributes, List<String> images, Map<String, MoneyBody> prices) {

    static ProductBody of(Product product) {
        var prices = new LinkedHashMap<String, MoneyBody>();
        product.prices().forEach((currency, money) -> prices.put(currency, MoneyBody.of(money)));
        return new ProductBody(product.sku(), product.title(), product.description(), product.category(),
                product.attributes(), product.images(), prices);
    }

    /** The product a PUT body describes, or the 400 problem when it cannot describe one. */
    Checked<Product, Problem> product() {
        var outcome = toProduct();
        if (outcome instanceof ProductPatch.Outcome.Rejected rejected) {
            return Checked.refused(Problems.invalid(rejected.violations()));
        }
        return Checked.valid(((ProductPatch.Outcome.Applied) outcome).product());
    }

    /** The tree (a product merged with a patch) as a product, or the violation that stops it being one. */
    static ProductPatch.Outcome outcome(JsonNode tree) {
        try {
            return StrictJsonBodies.value(tree, ProductBody.class).toProduct();
        } catch (JsonProcessingException e) {
            var error = StrictJsonBodies.fieldError(e);
            return new ProductPatch.Outcome.Rejected(List.of(new Violation(error.field(), error.message())));
        }
    }

    /** The product this body describes, or why it cannot describe one; the catalog rules are checked later. */
    ProductPatch.Outcome toProduct() {
        var violations = new ArrayList<Violation>();
        var money = new LinkedHashMap<String, Money>();
        if (prices != null) {
            prices.forEach((key, price) -> {
                var field = "prices." + key;
                if (price == null) {
                    violations.add(new Violation(field, "must be an object with amount and currency"));
                } else if (price.amount() == null) {
                    violations.add(new Violation(field + ".amount", "is required"));
                } else if (price.currency() == null) {
                    violations.add(new Violation(field + ".currency", "is required"));
                } else {
                    try {
                        money.put(key, Money.of(price.amount(), price.currency()));
                    } catch (IllegalArgumentException e) {
                        violations.add(new Violation(field + ".currency", "must be an ISO 4217 currency code"));
                    }
                }
            });
        }
        if (!violations.isEmpty()) {
            return new ProductPatch.Outcome.Rejected(violations);
        }
        return new ProductPatch.Outcome.Applied(
                new Product(sku, title, description, category, attributes, images, prices == null ? null : money));
    }
}
