package com.cumulus.commerce.platform.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cumulus.commerce.platform.http.Json;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void jsonHoldsOnlyAmountAndCurrency() throws Exception {
        var json = Json.write(Money.of(1299, "EUR"));

        assertThat(json).isEqualTo("{\"amount\":1299,\"currency\":\"EUR\"}");
        assertThat(Json.mapper().readValue(json, Money.class)).isEqualTo(Money.of(1299, "EUR"));
    }

    @Test
    void jsonWrittenWithTheOldNegativeFlagStillReads() throws Exception {
        var json = "{\"amount\":-5,\"currency\":\"EUR\",\"negative\":true}";

        assertThat(Json.mapper().readValue(json, Money.class)).isEqualTo(Money.of(-5, "EUR"));
    }

    @Test
    void negativeAmountStaysOutOfJson() {
        assertThat(Json.write(Money.of(-5, "EUR"))).isEqualTo("{\"amount\":-5,\"currency\":\"EUR\"}");
    }

    @Test
    void arithmeticStaysInMinorUnits() {
        var price = Money.of(1299, "EUR");

        assertThat(price.plus(Money.of(1, "EUR"))).isEqualTo(Money.of(1300, "EUR"));
        assertThat(price.minus(Money.of(1300, "EUR"))).isEqualTo(Money.of(-1, "EUR"));
        assertThat(price.minus(Money.of(1300, "EUR")).isNegative()).isTrue();
        assertThat(price.times(3)).isEqualTo(Money.of(3897, "EUR"));
        assertThat(Money.zero("EUR").isNegative()).isFalse();
        assertThat(price.compareTo(Money.of(1300, "EUR"))).isNegative();
    }

    @Test
    void overflowIsRefusedRatherThanWrapped() {
        assertThatThrownBy(() -> Money.of(Long.MAX_VALUE, "EUR").plus(Money.of(1, "EUR")))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void differentCurrenciesDoNotMix() {
        var euros = Money.of(100, "EUR");
        var dollars = Money.of(100, "USD");

        assertThatThrownBy(() -> euros.plus(dollars))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("currencies differ");
        assertThatThrownBy(() -> euros.minus(dollars)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> euros.compareTo(dollars)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void currencyMustBeAnIsoCode() {
        assertThatThrownBy(() -> Money.of(1, "EURO"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'currency'");
        assertThatThrownBy(() -> Money.of(1, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("'currency'");
    }
}
