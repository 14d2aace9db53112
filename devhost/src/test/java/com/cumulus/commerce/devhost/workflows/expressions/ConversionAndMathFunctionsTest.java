package com.cumulus.commerce.devhost.workflows.expressions;

import static com.cumulus.commerce.devhost.workflows.expressions.MapScope.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class ConversionAndMathFunctionsTest {

    private final MapScope scope = new MapScope();

    @Test
    void jsonParsesStringsWithIntegersAsLongs() {
        JsonNode parsed = scope.eval("@json('{\"qty\": 3, \"price\": 9.99, \"tags\": [\"a\"]}')");

        assertThat(parsed.get("qty").isLong()).isTrue();
        assertThat(parsed.get("price").isDouble()).isTrue();
        assertThat(parsed.get("tags")).isEqualTo(json("['a']"));
    }

    @Test
    void jsonPassesObjectsThrough() {
        assertThat(scope.eval("@json(triggerBody())['order']['id']").textValue()).isEqualTo("o-1");
    }

    @Test
    void jsonRejectsInvalidText() {
        assertThatThrownBy(() -> scope.eval("@json('{not json')"))
                .hasMessageContaining("'json'")
                .hasMessageContaining("cannot be parsed");
    }

    @Test
    void jsonRejectsTextNestedPastTheParsersLimitAsAnExpressionError() {
        var deep = "[".repeat(1_001) + "]".repeat(1_001);

        assertThatThrownBy(() -> scope.eval("@json('" + deep + "')"))
                .isInstanceOf(ExpressionException.class)
                .hasMessageContaining("'json'")
                .hasMessageContaining("cannot be parsed");
    }

    @Test
    void intFloatAndBoolConvertText() {
        assertThat(scope.eval("@int(' 42 ')").longValue()).isEqualTo(42);
        assertThat(scope.eval("@float('2.5')").doubleValue()).isEqualTo(2.5);
        assertThat(scope.eval("@bool('TRUE')").booleanValue()).isTrue();
        assertThat(scope.eval("@bool(0)").booleanValue()).isFalse();
    }

    @Test
    void intOfNonNumericTextFails() {
        assertThatThrownBy(() -> scope.eval("@int('12abc')"))
                .hasMessageContaining("'12abc'")
                .hasMessageContaining("cannot be converted to an integer");
        assertThatThrownBy(() -> scope.eval("@bool('yes')")).hasMessageContaining("cannot be converted to a boolean");
    }

    @Test
    void integerArithmeticStaysInteger() {
        assertThat(scope.eval("@add(2, 3)").isLong()).isTrue();
        assertThat(scope.eval("@sub(2, 5)").longValue()).isEqualTo(-3);
        assertThat(scope.eval("@mul(4, 5)").longValue()).isEqualTo(20);
        assertThat(scope.eval("@mod(-7, 3)").longValue()).isEqualTo(-1);
    }

    @Test
    void divOfTwoIntegersTruncates() {
        JsonNode quotient = scope.eval("@div(7, 2)");

        assertThat(quotient.isLong()).isTrue();
        assertThat(quotient.longValue()).isEqualTo(3);
        assertThat(scope.eval("@div(7, 2.0)").doubleValue()).isEqualTo(3.5);
    }

    @Test
    void decimalsMakeTheResultDecimal() {
        JsonNode sum = scope.eval("@add(1.5, 1.5)");

        assertThat(sum.isDouble()).isTrue();
        assertThat(sum.doubleValue()).isEqualTo(3.0);
    }

    @Test
    void arithmeticRejectsStrings() {
        assertThatThrownBy(() -> scope.eval("@add('1', 2)"))
                .hasMessageContaining("'add' expects its first parameter to be a number. The provided value is of type 'String'");
    }

    @Test
    void integerOverflowIsReported() {
        assertThatThrownBy(() -> scope.eval("@mul(9223372036854775807, 2)")).hasMessageContaining("overflowed");
    }

    @Test
    void minAndMaxTakeAnArrayOrNumbers() {
        assertThat(scope.eval("@min(3, 1.5, 2)").doubleValue()).isEqualTo(1.5);
        assertThat(scope.eval("@max(createArray(3, 9, 2))").longValue()).isEqualTo(9);
        assertThatThrownBy(() -> scope.eval("@max(json('[]'))")).hasMessageContaining("non-empty array");
    }

    @Test
    void randStaysInRange() {
        long value = scope.eval("@rand(5, 7)").longValue();

        assertThat(value).isBetween(5L, 6L);
    }

    @Test
    void isIntAndIsFloatCheckTextAndNumbers() {
        assertThat(scope.eval("@isInt('10')").booleanValue()).isTrue();
        assertThat(scope.eval("@isInt('10.5')").booleanValue()).isFalse();
        assertThat(scope.eval("@isFloat('10.5')").booleanValue()).isTrue();
        assertThat(scope.eval("@isFloat('ten')").booleanValue()).isFalse();
    }
}
