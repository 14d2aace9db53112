package com.cumulus.commerce.devhost.workflows.expressions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LogicalFunctionsTest {

    private final MapScope scope = new MapScope();

    private boolean bool(String expression) {
        return scope.eval(expression).booleanValue();
    }

    @Test
    void equalsComparesNumbersByValueAndJsonDeeply() {
        assertThat(bool("@equals(1, 1.0)")).isTrue();
        assertThat(bool("@equals(json('{\"a\":[1,{\"b\":2}]}'), json('{\"a\":[1.0,{\"b\":2}]}'))")).isTrue();
        assertThat(bool("@equals(json('{\"a\":1}'), json('{\"a\":1,\"b\":null}'))")).isFalse();
        assertThat(bool("@equals('A', 'a')")).isFalse();
        assertThat(bool("@equals('1', 1)")).isFalse();
    }

    @Test
    void andOrNotRequireBooleans() {
        assertThat(bool("@and(true, equals(1, 1), not(false))")).isTrue();
        assertThat(bool("@or(false, false)")).isFalse();
        assertThatThrownBy(() -> scope.eval("@and(true, 'true')"))
                .hasMessageContaining("'and' expects its second parameter to be a boolean");
    }

    @Test
    void ifChoosesABranch() {
        assertThat(scope.eval("@if(greater(2, 1), 'big', 'small')").textValue()).isEqualTo("big");
        assertThat(scope.eval("@if(false, 1, 2)").longValue()).isEqualTo(2);
    }

    @Test
    void ifEvaluatesBothBranchesLikeLogicApps() {
        assertThatThrownBy(() -> scope.eval("@if(true, 'ok', triggerBody()['missing'])"))
                .hasMessageContaining("property 'missing' doesn't exist");
    }

    @Test
    void comparisonsWorkOnNumbersAndStrings() {
        assertThat(bool("@greater(10, 9.5)")).isTrue();
        assertThat(bool("@greaterOrEquals(3, 3)")).isTrue();
        assertThat(bool("@less('apple', 'banana')")).isTrue();
        assertThat(bool("@lessOrEquals(4, 3)")).isFalse();
    }

    @Test
    void comparingANumberWithAStringIsATypeError() {
        assertThatThrownBy(() -> scope.eval("@greater(1, '0')"))
                .hasMessageContaining("'greater' expects two numbers or two strings")
                .hasMessageContaining("'Integer' and 'String'");
    }

    @Test
    void coalesceReturnsTheFirstNonNull() {
        assertThat(scope.eval("@coalesce(triggerBody()?['note'], null, 'fallback', 'later')").textValue()).isEqualTo("fallback");
        assertThat(scope.eval("@coalesce(null)").isNull()).isTrue();
    }
}
