package com.cumulus.commerce.platform.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void skuAllowsSixtyFourCharactersAndNoMore() {
        assertThat(Sku.isValid("A" + "b".repeat(63))).isTrue();
        assertThat(Sku.isValid("A" + "b".repeat(64))).isFalse();
        assertThat(Sku.isValid("a.b_c-d")).isTrue();
        assertThat(Sku.isValid("-ab")).isFalse();
        assertThat(Sku.isValid("a b")).isFalse();
        assertThat(Sku.isValid("")).isFalse();
        assertThat(Sku.isValid(null)).isFalse();
    }

    @Test
    void aSkuIsCheckedWhereItIsMadeNamingTheArgument() {
        assertThatThrownBy(() -> Sku.of("a b")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'sku'");
        assertThatThrownBy(() -> Sku.of(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Sku.of("MUG-1").value()).isEqualTo("MUG-1");
        assertThat(Sku.of("MUG-1")).hasToString("MUG-1").isEqualTo(Sku.of("MUG-1"));
    }

    @Test
    void parsingInputFromOutsideRefusesWithTheFieldAndItsRule() {
        assertThat(Sku.parse("lines[0].sku", "a b")).isEqualTo(Checked.refused(new Violation("lines[0].sku", Sku.RULE)));
        assertThat(Sku.parse(null)).isEqualTo(Checked.refused(new Violation("sku", Sku.RULE)));
        assertThat(Sku.parse("MUG-1")).isEqualTo(Checked.valid(Sku.of("MUG-1")));
    }

    @Test
    void orderIdsAreOrdAndTwentySixCharactersOfTheBase32Alphabet() {
        var id = "ord_" + "abcdefghijklmnopqrstuvwxyz";
        assertThat(OrderId.of(id).suffix()).isEqualTo("abcdefghijklmnopqrstuvwxyz");
        assertThat(OrderId.isValid("ord_" + "a".repeat(20) + "234567")).isTrue();
        assertThat(OrderId.isValid("ord_" + "a".repeat(25) + "1")).as("1 is not base-32").isFalse();
        assertThat(OrderId.isValid("ord_" + "a".repeat(25))).isFalse();
        assertThat(OrderId.isValid("ORD_" + "a".repeat(26))).isFalse();
        assertThat(OrderId.parse("ord_42")).isEqualTo(Checked.refused(new Violation("orderId", OrderId.RULE)));
        assertThatThrownBy(() -> OrderId.of("ord_42")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'orderId'");
    }

    @Test
    void base32IdsAreCheckedExactlyAsTheirRuleReads() {
        var rule = java.util.regex.Pattern.compile(Base32Ids.pattern("ord_"));
        var random = new java.util.Random(7);
        String alphabet = "abz27189AZ_-\u00e9o";
        var values = new java.util.ArrayList<>(java.util.List.of("", "ord_", "ord_" + "a".repeat(26),
                "ord_" + "a".repeat(25), "ord_" + "a".repeat(27), "ORD_" + "a".repeat(26), "pay_" + "a".repeat(26)));
        for (int i = 0; i < 20_000; i++) {
            var text = new StringBuilder(random.nextInt(10) == 0 ? "ord" : "ord_");
            int length = 24 + random.nextInt(4);
            for (int n = 0; n < length; n++) {
                text.append(random.nextInt(8) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
                        : "abcdefghijklmnopqrstuvwxyz234567".charAt(random.nextInt(32)));
            }
            values.add(text.toString());
        }
        for (String value : values) {
            assertThat(Base32Ids.matches(value, "ord_")).as(value).isEqualTo(rule.matcher(value).matches());
        }
        assertThat(Base32Ids.matches(null, "ord_")).isFalse();
    }
}
