package com.cumulus.commerce.catalog.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.cumulus.commerce.platform.kernel.Violation;
import com.cumulus.commerce.platform.money.Money;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProductTest {

    private static Product product(String sku, String title, String category, List<String> images,
                                   Map<String, Money> prices) {
        return new Product(sku, title, "desc", category, Map.of(), images, prices);
    }

    @Test
    void validProductHasNoViolations() {
        assertThat(product("85123A", "Heart Holder", "home-decor", List.of("https://x.test/a.jpg"),
                Map.of("EUR", Money.of(295, "EUR"))).violations()).isEmpty();
    }

    @Test
    void everyBrokenRuleIsNamedByField() {
        var violations = product("-bad", "x".repeat(201), "Home Decor", List.of("ftp://x"),
                Map.of("EUR", Money.of(-1, "EUR"), "USD", Money.of(5, "GBP"))).violations();

        assertThat(violations).extracting(Violation::field).containsExactlyInAnyOrder(
                "sku", "title", "category", "images[0]", "prices.EUR.amount", "prices.USD.currency");
    }

    @Test
    void missingRequiredFieldsAreReported() {
        var violations = new Product(null, null, null, null, null, null, null).violations();

        assertThat(violations).extracting(Violation::field).containsExactly("sku", "title", "category", "prices");
    }

    @Test
    void descriptionLongerThanFiveThousandCharactersIsRefused() {
        var product = new Product("A1", "t", "d".repeat(5001), "c", null, null, Map.of("EUR", Money.of(1, "EUR")));

        assertThat(product.violations()).extracting(Violation::field).containsExactly("description");
    }
}
