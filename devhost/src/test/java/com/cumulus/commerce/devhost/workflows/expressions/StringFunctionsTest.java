package com.cumulus.commerce.devhost.workflows.expressions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class StringFunctionsTest {

    private final MapScope scope = new MapScope();

    private String text(String expression) {
        return scope.eval(expression).textValue();
    }

    @Test
    void concatWritesNumbersAndBooleansAsText() {
        assertThat(text("@concat('order-', 42, '-', true, null)")).isEqualTo("order-42-True");
    }

    @Test
    void substringTakesStartAndOptionalLength() {
        assertThat(text("@substring('hello world', 6, 5)")).isEqualTo("world");
        assertThat(text("@substring('hello world', 6)")).isEqualTo("world");
    }

    @Test
    void substringBeyondTheEndIsAnError() {
        assertThatThrownBy(() -> scope.eval("@substring('abc', 2, 5)"))
                .hasMessageContaining("'substring'")
                .hasMessageContaining("out of range");
    }

    @Test
    void sliceCountsNegativeIndexesFromTheEnd() {
        assertThat(text("@slice('hello world', -5)")).isEqualTo("world");
        assertThat(text("@slice('hello', 1, 3)")).isEqualTo("el");
    }

    @Test
    void replaceIsCaseSensitiveAndReplacesEveryOccurrence() {
        assertThat(text("@replace('a-b-A', 'a', 'x')")).isEqualTo("x-b-A");
        assertThat(text("@replace('1,2,3', ',', '')")).isEqualTo("123");
    }

    @Test
    void caseConversionAndTrim() {
        assertThat(text("@toLower('SKU-A1')")).isEqualTo("sku-a1");
        assertThat(text("@toUpper('sku-a1')")).isEqualTo("SKU-A1");
        assertThat(text("@trim('  padded \t')")).isEqualTo("padded");
    }

    @Test
    void indexSearchesIgnoreCase() {
        assertThat(scope.eval("@indexOf('Hello World', 'WORLD')").longValue()).isEqualTo(6);
        assertThat(scope.eval("@indexOf('Hello', 'x')").longValue()).isEqualTo(-1);
        assertThat(scope.eval("@lastIndexOf('a-b-a', 'A')").longValue()).isEqualTo(4);
        assertThat(scope.eval("@nthIndexOf('a-b-a-c', 'a', 2)").longValue()).isEqualTo(4);
    }

    @Test
    void startsWithAndEndsWithIgnoreCase() {
        assertThat(scope.eval("@startsWith('Order-1', 'order')").booleanValue()).isTrue();
        assertThat(scope.eval("@endsWith('Order-1', '-2')").booleanValue()).isFalse();
    }

    @Test
    void splitKeepsEmptyParts() {
        assertThat(scope.eval("@split('a,,b', ',')")).isEqualTo(MapScope.json("['a','','b']"));
        assertThat(scope.eval("@split('a--b', '--')")).isEqualTo(MapScope.json("['a','b']"));
    }

    @Test
    void guidFormats() {
        assertThat(text("@guid()")).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(text("@guid('N')")).matches("[0-9a-f]{32}");
        assertThat(text("@guid('B')")).matches("\\{[0-9a-f-]{36}}");
        assertThatThrownBy(() -> scope.eval("@guid('Q')")).hasMessageContaining("'Q'");
    }

    @Test
    void lengthOfStringsAndArrays() {
        assertThat(scope.eval("@length('abc')").longValue()).isEqualTo(3);
        assertThat(scope.eval("@length(createArray(1, 2))").longValue()).isEqualTo(2);
        assertThatThrownBy(() -> scope.eval("@length(5)")).hasMessageContaining("a string or an array");
    }

    @Test
    void stringOfAnObjectIsItsJson() {
        assertThat(text("@string(json('{\"a\": 1}'))")).isEqualTo("{\"a\":1}");
        assertThat(text("@string(2.50)")).isEqualTo("2.5");
    }

    @Test
    void formatNumberSupportsFixedGroupedAndCustomFormats() {
        assertThat(text("@formatNumber(1234.5, 'N2')")).isEqualTo("1,234.50");
        assertThat(text("@formatNumber(2.345, '0.00')")).isEqualTo("2.35");
        assertThat(text("@formatNumber(17, 'D4')")).isEqualTo("0017");
        assertThat(text("@formatNumber(1234.5, 'N2', 'de-DE')")).isEqualTo("1.234,50");
        assertThat(text("@formatNumber(0.125, 'P1')")).isEqualTo("12.5%");
    }

    @Test
    void uriComponentRoundTrips() {
        assertThat(text("@uriComponent('https://shop.example/a b?x=1&y=ä')")).isEqualTo("https%3A%2F%2Fshop.example%2Fa%20b%3Fx%3D1%26y%3D%C3%A4");
        assertThat(text("@uriComponentToString('a%20b%2Bc+d')")).isEqualTo("a b+c+d");
        assertThat(text("@decodeUriComponent(encodeUriComponent('ä/ö'))")).isEqualTo("ä/ö");
    }

    @Test
    void base64RoundTripsUtf8() {
        assertThat(text("@base64('hällo')")).isEqualTo("aMOkbGxv");
        assertThat(text("@base64ToString('aMOkbGxv')")).isEqualTo("hällo");
        assertThat(text("@decodeBase64('aGk=')")).isEqualTo("hi");
        assertThatThrownBy(() -> scope.eval("@base64ToString('***')")).hasMessageContaining("not valid base64");
    }

    @Test
    void stringFunctionsRejectNull() {
        JsonNode note = scope.eval("@triggerBody()?['note']");

        assertThat(note.isNull()).isTrue();
        assertThatThrownBy(() -> scope.eval("@toUpper(triggerBody()?['note'])")).hasMessageContaining("of type 'Null'");
    }
}
